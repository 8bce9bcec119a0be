// The office's settings for the Operaton Welcome: Japanese first (English stays selectable with
// the 日本語 / English switch at the foot of the page), dates in the Japanese way.
export default {
  app: {
    name: 'ようこそ',
    vendor: '予防接種記録管理'
  },
  locales: {
    availableLocales: ['ja', 'en'],
    fallbackLocale: 'ja'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'D日',
    abbr: 'lll',
    normal: 'LLL',
    long: 'LLLL',
    short: 'LL'
  },
  customScripts: ['../shared/staff-ui'],
  disableWelcomeMessage: true
};
