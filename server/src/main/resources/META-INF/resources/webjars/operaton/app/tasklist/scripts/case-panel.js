// The 案件 tab of a task: what the case holds that the task needs, read from the case server with
// the task as the reason for the read (the server logs it). Nothing of it goes into the process.
function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  return node;
}

function renderSection(section) {
  const box = element('section', 'case-panel-section');
  box.appendChild(element('h4', null, section.heading));
  if (section.rows && section.rows.length) {
    const list = element('dl', 'dl-horizontal case-panel-rows');
    for (const row of section.rows) {
      list.appendChild(element('dt', null, row.label));
      list.appendChild(element('dd', null, row.value));
    }
    box.appendChild(list);
  }
  if (section.table) {
    const table = element('table', 'table table-condensed case-panel-table');
    const head = element('tr');
    section.table.columns.forEach(column => head.appendChild(element('th', null, column)));
    table.appendChild(element('thead')).appendChild(head);
    const body = element('tbody');
    if (!section.table.rows.length) {
      const empty = element('tr');
      const cell = element('td', null, 'ありません');
      cell.colSpan = section.table.columns.length;
      empty.appendChild(cell);
      body.appendChild(empty);
    }
    section.table.rows.forEach(cells => {
      const line = element('tr');
      cells.forEach(cell => line.appendChild(element('td', null, cell)));
      body.appendChild(line);
    });
    table.appendChild(body);
    box.appendChild(table);
  }
  if (section.note) {
    box.appendChild(element('p', 'case-panel-note', section.note));
  }
  return box;
}

async function render(node, taskId) {
  node.innerHTML = '';
  const panel = element('div', 'case-panel');
  panel.setAttribute('lang', 'ja');
  node.appendChild(panel);
  panel.appendChild(element('p', 'case-panel-loading', '案件を読み込んでいます…'));
  let response;
  try {
    response = await fetch('/staff/api/tasks/' + encodeURIComponent(taskId) + '/panel', {
      credentials: 'same-origin',
      headers: {Accept: 'application/json'}
    });
  } catch (e) {
    panel.replaceChildren(element('p', 'alert alert-danger', '案件を読み込めませんでした。通信を確かめてください。'));
    return;
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    panel.replaceChildren(element('p', 'alert alert-danger',
      '案件を表示できません（' + response.status + '）' + (problem.detail ? '：' + problem.detail : '')));
    return;
  }
  const data = await response.json();
  const header = element('div', 'case-panel-header');
  header.appendChild(element('span', 'case-panel-reception', '受付番号 ' + data.receptionNumber));
  if (data.due) {
    header.appendChild(element('span', 'case-panel-due', '期限 ' + data.due));
  }
  panel.replaceChildren(header);
  data.sections.forEach(section => panel.appendChild(renderSection(section)));
}

export default {
  id: 'staff-case-panel',
  pluginPoint: 'tasklist.task.detail',
  priority: 900,
  render: (node, {taskId}) => {
    render(node, taskId);
  },
  properties: {
    label: '案件'
  }
};
