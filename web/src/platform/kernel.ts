// Runtime helpers come from kernel subpaths, not '@wushe/common', whose index also builds the TypeBox
// schemas at import time; the browser needs the rules, not the validators. Types still come from '@wushe/common'.
export * from '@wushe/common/kernel/dictionaries';
export * from '@wushe/common/kernel/errors';
export * from '@wushe/common/kernel/permissions';
export * from '@wushe/common/kernel/money';
export * from '@wushe/common/kernel/dates';
export * from '@wushe/common/kernel/credit-code';
export * from '@wushe/common/kernel/phone';
export * from '@wushe/common/kernel/region-codes';
