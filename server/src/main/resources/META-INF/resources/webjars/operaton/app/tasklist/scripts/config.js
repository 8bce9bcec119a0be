// The office's settings for the Operaton Tasklist: Japanese first (English stays selectable with
// the 日本語 / English switch at the foot of the page), dates in the Japanese way.
export default {
  app: {
    name: 'タスクリスト',
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
  customScripts: ['scripts/case-panel', 'scripts/accessible-names', '../shared/staff-ui'],
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: '選択中のタスクを担当する'},
    focusFilter: {key: 'ctrl+shift+f', description: '最初のフィルターに移動する'},
    focusList: {key: 'ctrl+alt+l', description: 'タスク一覧の最初のタスクに移動する'},
    focusForm: {key: 'ctrl+alt+f', description: 'フォームの最初の入力欄に移動する'}
  }
};
