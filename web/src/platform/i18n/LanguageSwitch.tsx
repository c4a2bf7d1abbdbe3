import { GlobalOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { LOCALES, useI18n, type Locale } from '.';

/** Switches the UI language; the choice is remembered on this browser. */
export function LanguageSwitch({ compact }: { compact?: boolean }) {
  const { locale, setLocale, t } = useI18n();
  return (
    <Select<Locale>
      data-testid="language-switch"
      aria-label={t('app.header.language')}
      value={locale}
      onChange={setLocale}
      variant="borderless"
      suffixIcon={compact ? null : <GlobalOutlined />}
      popupMatchSelectWidth={false}
      options={LOCALES.map((l) => ({ value: l, label: t(compact ? `languageShort.${l}` : `language.${l}`) }))}
    />
  );
}
