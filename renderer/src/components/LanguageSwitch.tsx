import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '../i18n/index.ts';

const NAMES: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };

/** 中文 / English; remembered across runs. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="field">
      <span className="visually-hidden">{t('app.language')}</span>
      <select
        data-testid="language"
        value={i18n.language}
        onChange={(e) => setLanguage(e.currentTarget.value as Language)}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
