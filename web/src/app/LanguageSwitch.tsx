import { GlobalOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { LOCALES, useI18n, type Locale } from '../platform/i18n';

/** Switches the UI language; the choice is remembered on this browser. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <Select<Locale>
      data-testid="language-switch"
      aria-label={t('app.header.language')}
      value={locale}
      onChange={setLocale}
      variant="borderless"
      suffixIcon={<GlobalOutlined />}
      popupMatchSelectWidth={false}
      options={LOCALES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
    />
  );
}
