// Shared by Tasklist, Cockpit, Admin and Welcome: the language the office reads (Japanese unless
// the person chose English with the switch at the foot of the page) and, for everyone who is not
// an administrator, no actions they cannot use: no "Start process", no "Create task", and no link
// from a task into Cockpit.
const CHOICE = 'vaccinationoffice.locale';
const appRoot = document.querySelector('base').getAttribute('app-root');

function chosenLocale() {
  try {
    return window.localStorage.getItem(CHOICE) === 'en' ? 'en' : 'ja';
  } catch (e) {
    return 'ja';
  }
}

// The webapps take the browser's first language; this runs before they start.
const locale = chosenLocale();
Object.defineProperty(window.navigator, 'languages', {get: () => [locale], configurable: true});
Object.defineProperty(window.navigator, 'language', {get: () => locale, configurable: true});
document.documentElement.setAttribute('lang', locale);

function addLanguageSwitch() {
  if (document.getElementById('staff-language-switch')) {
    return;
  }
  const link = document.createElement('a');
  link.id = 'staff-language-switch';
  link.href = '#';
  link.textContent = locale === 'ja' ? 'English' : '日本語';
  link.setAttribute('lang', locale === 'ja' ? 'en' : 'ja');
  link.addEventListener('click', event => {
    event.preventDefault();
    window.localStorage.setItem(CHOICE, locale === 'ja' ? 'en' : 'ja');
    window.location.reload();
  });
  document.body.appendChild(link);
}

async function markAdministrators() {
  try {
    const response = await fetch(appRoot + '/api/admin/auth/user/default', {credentials: 'same-origin'});
    if (response.ok) {
      const user = await response.json();
      document.body.classList.toggle('staff-admin', (user.authorizedApps || []).includes('admin'));
    }
  } catch (e) {
    // not signed in yet: the sign-in page has nothing to hide
  }
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', addLanguageSwitch);
} else {
  addLanguageSwitch();
}
markAdministrators();
window.addEventListener('hashchange', markAdministrators);

export default [];
