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
  // the office's own screens beside the webapps, reached with the same sign-in
  links: [
    {
      label: '窓口業務の画面',
      href: '/staff/',
      description: '転入者の接種記録照会の受付など、窓口で始まる業務'
    }
  ],
  disableWelcomeMessage: true
};
