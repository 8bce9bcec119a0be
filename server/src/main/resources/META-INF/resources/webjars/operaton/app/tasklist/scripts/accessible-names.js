// Names for the Tasklist's icon-only buttons and links, which a screen reader would otherwise
// announce as just "button" or "link": the tooltip Operaton shows on hover when there is one, else
// what the icon stands for. Angular keeps re-rendering, so this runs again on every change.
const ENGLISH = document.documentElement.getAttribute('lang') === 'en';
const NAMED_BY_US = 'data-staff-name';

// Icon class (or region of a region toggle) → what pressing it does.
const ICON_NAMES = [
  ['region-filters', 'フィルター欄の表示を切り替える', 'Toggle the filters'],
  ['region-list', 'タスク一覧の表示を切り替える', 'Toggle the task list'],
  ['region-task', 'タスク欄の表示を切り替える', 'Toggle the task'],
  ['maximize', 'タスク欄を最大化する', 'Maximize the task'],
  ['reset-regions', '表示を元に戻す', 'Reset the layout'],
  ['glyphicon-chevron-up', '並べ替え（昇順）', 'Sort (ascending)'],
  ['glyphicon-chevron-down', '並べ替え（降順）', 'Sort (descending)'],
  ['glyphicon-menu-up', '並べ替え（昇順）', 'Sort (ascending)'],
  ['glyphicon-menu-down', '並べ替え（降順）', 'Sort (descending)'],
  ['glyphicon-sort', '並べ替え', 'Sort'],
  ['glyphicon-plus', '追加', 'Add'],
  ['glyphicon-minus', '縮小', 'Zoom out'],
  ['glyphicon-refresh', '更新', 'Refresh'],
  ['glyphicon-remove', '閉じる', 'Close'],
  ['glyphicon-ok', '確定', 'Confirm'],
  ['glyphicon-ban-circle', '取り消す', 'Cancel'],
  ['glyphicon-pencil', '編集', 'Edit'],
  ['glyphicon-trash', '削除', 'Delete'],
  ['glyphicon-floppy-disk', '保存した検索条件', 'Saved searches'],
  ['glyphicon-resize-full', '拡大表示', 'Expand'],
  ['glyphicon-resize-small', '元の大きさに戻す', 'Restore'],
  ['glyphicon-calendar', '日付を選ぶ', 'Pick a date'],
  ['glyphicon-list-alt', '一覧を開く', 'Open the list'],
  ['glyphicon-user', 'アカウント', 'Account'],
  ['glyphicon-home', 'アプリケーション', 'Applications'],
  ['glyphicon-info-sign', '情報', 'Information'],
  ['glyphicon-eye-open', '表示する', 'Show'],
  ['glyphicon-eye-close', '隠す', 'Hide'],
  ['glyphicon-question-sign', 'ヘルプ', 'Help'],
  ['glyphicon-search', '検索', 'Search']
];
const SPECIFIC_NAMES = [
  ['a.filter-hint', 'フィルターを追加', 'Add a filter'],
  ['.create-filter-action a, .create-filter-action button', 'フィルターを追加', 'Add a filter']
];

function hasOwnName(control) {
  return control.innerText.trim() !== '' || control.getAttribute('aria-labelledby')
    || control.getAttribute('title') || control.querySelector('img[alt]:not([alt=""])')
    || (!control.hasAttribute(NAMED_BY_US) && control.getAttribute('aria-label'));
}

function tooltipOf(control) {
  for (const holder of [control, ...control.querySelectorAll('[uib-tooltip], [tooltip]')]) {
    const text = (holder.getAttribute('uib-tooltip') || holder.getAttribute('tooltip') || '').trim();
    if (text && !text.includes('{{')) {
      return text;
    }
  }
  return null;
}

function iconName(control) {
  for (const [selector, ja, en] of SPECIFIC_NAMES) {
    if (control.matches(selector)) {
      return ENGLISH ? en : ja;
    }
  }
  const region = control.getAttribute('data-region');
  const classes = [...control.classList, ...(region ? ['region-' + region] : [])];
  control.querySelectorAll('[class]').forEach(icon => classes.push(...icon.classList));
  const found = ICON_NAMES.find(([icon]) => classes.includes(icon));
  return found ? (ENGLISH ? found[2] : found[1]) : null;
}

function nameIconControls() {
  document.querySelectorAll('button, a[href], a[ng-click], [role="button"]').forEach(control => {
    if (hasOwnName(control)) {
      if (control.hasAttribute(NAMED_BY_US)) {
        control.removeAttribute('aria-label');
        control.removeAttribute(NAMED_BY_US);
      }
      return;
    }
    const name = tooltipOf(control) || iconName(control);
    if (name && control.getAttribute('aria-label') !== name) {
      control.setAttribute('aria-label', name);
      control.setAttribute(NAMED_BY_US, '');
    }
  });
}

// The search field is a plain text box to which the typeahead adds aria-expanded, which a text box
// may not carry; it opens a list of suggestions, so it is a combobox, and says so.
function markSearchComboboxes() {
  document.querySelectorAll('input[aria-expanded]:not([role])').forEach(field => {
    field.setAttribute('role', 'combobox');
  });
}

let pending = false;
function update() {
  pending = false;
  nameIconControls();
  markSearchComboboxes();
}

new MutationObserver(() => {
  if (!pending) {
    pending = true;
    window.requestAnimationFrame(update);
  }
}).observe(document.documentElement, {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['class', 'title', 'uib-tooltip', 'tooltip', 'aria-expanded', 'aria-label']
});
update();

export default [];
