import AllianceGraph
import Hummingbird
import NIOCore

/// The stylesheet and the script of the pages, served from memory (`/static/…`).
enum Assets {
    static func response(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// The page style of the web view: the library's page style (``PageStyle``, shared with the
    /// handout) and what the web view adds (the bar, the controls, the workspace beside the diagram).
    static let style = PageStyle().css() + """
        html { font-size: 16px; }
        header.bar { display: flex; align-items: center; gap: 1rem; padding: .5rem 1.25rem; border-bottom: 1px solid var(--line); }
        header.bar .home { font-weight: bold; color: var(--ink); text-decoration: none; }
        header.bar .lang { margin-left: auto; }
        .live { width: .7rem; height: .7rem; border-radius: 50%; background: var(--line); display: inline-block; }
        .live.on { background: var(--ok); }
        main { max-width: 1500px; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
        h1 { font-size: 1.8rem; margin: .3rem 0 .4rem; }
        h2 { font-size: 1.25rem; margin: 1.2rem 0 .5rem; }
        p.lead { color: var(--muted); margin-top: 0; }
        a { color: var(--accent); }
        table.table { border-collapse: collapse; width: 100%; }
        table.table th, table.table td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--line); }
        table.table td.num { font-variant-numeric: tabular-nums; }
        tr.status-errors td.status { color: var(--warn); font-weight: bold; }
        tr.status-warnings td.status { color: #8a5a00; }
        tr.status-valid td.status { color: var(--ok); }
        .notice { border-left: 4px solid var(--accent); padding: .5rem .8rem; background: #eef4fa; }
        .notice.warning { border-color: var(--warn); background: var(--warn-bg); }
        .notice h2 { margin-top: 0; font-size: 1.05rem; }
        #problem-list { font-family: "DejaVu Sans Mono", monospace; font-size: .9rem; margin: 0; padding-left: 1.2rem; }
        form.controls { display: flex; flex-wrap: wrap; gap: .6rem 1rem; margin: .6rem 0; }
        form.controls fieldset { border: 1px solid var(--line); border-radius: 4px; padding: .3rem .6rem .5rem; margin: 0; }
        form.controls legend { font-size: .85rem; color: var(--muted); }
        form.controls label { margin-right: .6rem; font-size: .92rem; white-space: nowrap; }
        button.year { padding: .25rem .6rem; margin: 0 .15rem 0 0; border: 1px solid var(--line); background: #fff; border-radius: 3px; cursor: pointer; }
        button.year[aria-pressed="true"] { background: var(--accent); border-color: var(--accent); color: #fff; }
        .workspace { display: grid; grid-template-columns: minmax(0, 1fr) 20rem; gap: 1rem; align-items: start; }
        @media (max-width: 900px) { .workspace { grid-template-columns: 1fr; } }
        figure.diagram { margin: 0; border: 1px solid var(--line); border-radius: 4px; min-height: 12rem; overflow: auto; background: #fff; }
        figure.diagram svg { display: block; max-width: 100%; height: auto; }
        figure.diagram[data-state="loading"] { opacity: .6; }
        figure.diagram g.node, figure.diagram g.edge { cursor: pointer; }
        figure.diagram g.selected polygon, figure.diagram g.selected ellipse, figure.diagram g.selected path { stroke-width: 3px; }
        aside.details { border: 1px solid var(--line); border-radius: 4px; padding: .4rem .8rem; font-size: .92rem; }
        aside.details h2 { margin-top: .2rem; font-size: 1.05rem; }
        aside.details dl { margin: 0; }
        aside.details dt { color: var(--muted); font-size: .82rem; margin-top: .35rem; }
        aside.details dd { margin: 0; }
        nav.downloads { margin: .8rem 0; }
        nav.downloads a { margin-right: .8rem; }
        section.tables .result-table { margin: 1rem 0; overflow-x: auto; }
        """

    /// The pages' script: the list follows changes; the alliance page draws the diagram for the
    /// chosen year, view and filters, shows details of what is pointed at, the problems of the
    /// file and the tables, and redraws when the file changes (server-sent events).
    static let script = #"""
        (function () {
          'use strict';
          var lang = document.body.dataset.lang || 'de';
          var live = document.getElementById('live');
          var onChange = function () {};
          function connect() {
            var source = new EventSource('/events');
            source.addEventListener('hello', function () { if (live) live.classList.add('on'); });
            source.addEventListener('change', function (event) {
              var change = {};
              try { change = JSON.parse(event.data); } catch (e) { change = {}; }
              onChange(change);
            });
            source.onerror = function () { if (live) live.classList.remove('on'); };
            window.addEventListener('pagehide', function () { source.close(); });
          }

          var controls = document.getElementById('controls');
          if (!controls) {
            onChange = function () {
              fetch(location.href, { cache: 'no-store' }).then(function (r) { return r.text(); }).then(function (text) {
                var doc = new DOMParser().parseFromString(text, 'text/html');
                var main = doc.querySelector('main');
                if (main) document.querySelector('main').replaceWith(document.importNode(main, true));
                document.body.dataset.updated = String(Date.now());
              });
            };
            connect();
            return;
          }

          var file = controls.dataset.file;
          var path = file.split('/').map(encodeURIComponent).join('/');
          var figure = document.getElementById('diagram');
          var details = document.getElementById('details-body');
          var problems = document.getElementById('problems');
          var problemList = document.getElementById('problem-list');
          var renderError = document.getElementById('render-error');
          var tables = document.getElementById('tables');
          var fromLabel = document.getElementById('from-label');
          var fromSelect = document.getElementById('from');
          var paperSelect = document.getElementById('paper');
          var keys = ['view', 'year', 'from', 'area', 'relation-format', 'mechanism', 'actor', 'depth', 'interfaces', 'mechanisms',
                      'paper', 'orientation'];
          var defaults = { view: 'year', year: '', from: '', area: '', 'relation-format': '', mechanism: '', actor: '',
                           depth: '1', interfaces: 'none', mechanisms: 'effective', paper: 'a4', orientation: 'portrait' };
          var state = {};
          var params = new URLSearchParams(location.search);
          keys.forEach(function (key) { state[key] = params.has(key) ? params.get(key) : defaults[key]; });
          var info = null;
          var token = 0;
          var filled = false;

          function query(extra) {
            var p = new URLSearchParams();
            p.set('lang', lang);
            p.set('view', state.view);
            if (state.year) p.set('year', state.year);
            if (state.view === 'difference' && state.from) p.set('from', state.from);
            ['area', 'relation-format', 'mechanism', 'actor'].forEach(function (key) { if (state[key]) p.set(key, state[key]); });
            if (state.actor) p.set('depth', state.depth);
            if (state.interfaces !== 'none' && state.view !== 'side-by-side') p.set('interfaces', state.interfaces);
            if (state.mechanisms !== 'effective') p.set('mechanisms', state.mechanisms);
            Object.keys(extra || {}).forEach(function (key) { p.set(key, extra[key]); });
            return p.toString();
          }

          // The handout's sheet, in the handout's address and the page's (not in the diagram's).
          function withPaper(p) {
            if (state.paper !== defaults.paper) p.set('paper', state.paper);
            if (state.orientation !== defaults.orientation) p.set('orientation', state.orientation);
            return p;
          }

          function pageQuery(extra) { return withPaper(new URLSearchParams(query(extra))).toString(); }

          function fill(select, choices) {
            var chosen = select.value;
            while (select.options.length > 1) select.remove(1);
            choices.forEach(function (choice) {
              var option = document.createElement('option');
              option.value = choice.id;
              option.textContent = choice.label;
              select.appendChild(option);
            });
            select.value = chosen;
          }

          function showControls() {
            if (info && !filled && info.hasGood) {
              fill(document.getElementById('area'), info.areas);
              fill(document.getElementById('relation-format'), info.formats);
              fill(document.getElementById('mechanism'), info.mechanisms);
              fill(document.getElementById('actor'), info.actorChoices);
              filled = true;
            }
            keys.forEach(function (key) {
              var element = document.getElementById(key);
              if (element && element.tagName === 'SELECT' && key !== 'from' && key !== 'paper') element.value = state[key];
            });
            controls.querySelectorAll('input[name=view]').forEach(function (radio) { radio.checked = radio.value === state.view; });
            controls.querySelectorAll('button.year').forEach(function (button) {
              button.setAttribute('aria-pressed', String(button.dataset.year === String(state.year)));
            });
            if (paperSelect) paperSelect.value = state.paper + ' ' + state.orientation;
            fromLabel.hidden = state.view !== 'difference';
            // The years side by side show every year: no year to choose, no empty box.
            document.getElementById('years').closest('fieldset').hidden = state.view === 'side-by-side';
            if (state.view === 'difference') {
              if (!state.from || state.from === String(state.year)) {
                var other = (info && info.years || []).map(String).filter(function (y) { return y !== String(state.year); });
                state.from = other.length ? other[0] : '';
              }
              fromSelect.value = state.from;
            }
          }

          function showProblems() {
            problemList.textContent = '';
            var shown = (info.problems || []).filter(function (p) { return p.severity === 'error'; });
            shown.forEach(function (p) {
              var item = document.createElement('li');
              item.textContent = p.text;
              item.dataset.location = p.location;
              if (p.line) item.dataset.line = String(p.line);
              problemList.appendChild(item);
            });
            problems.hidden = shown.length === 0;
            document.body.dataset.fileState = shown.length ? 'errors' : 'valid';
          }

          function showDownloads() {
            ['svg', 'png', 'pdf'].forEach(function (format) {
              document.getElementById('download-' + format).href = '/diagram/' + path + '?' + query({ format: format, download: '1' });
            });
            ['graphml', 'gexf'].forEach(function (format) {
              var p = new URLSearchParams({ format: format, lang: lang });
              if (state.view === 'year' && state.year) p.set('year', state.year);
              if (state.mechanisms !== 'effective') p.set('mechanisms', state.mechanisms);
              document.getElementById('download-' + format).href = '/export/' + path + '?' + p.toString();
            });
            ['html', 'pdf'].forEach(function (format) {
              var link = document.getElementById('download-handout-' + format);
              if (!link) return;
              var p = new URLSearchParams({ format: format, lang: lang });
              if (state.view === 'year' && state.year) p.set('year', state.year);
              if (state.mechanisms !== 'effective') p.set('mechanisms', state.mechanisms);
              link.href = '/handout/' + path + '?' + withPaper(p).toString();
            });
            var other = lang === 'de' ? 'en' : 'de';
            var switcher = document.getElementById('lang-switch');
            if (switcher) switcher.href = location.pathname + '?' + pageQuery({ lang: other });
            history.replaceState(null, '', location.pathname + '?' + pageQuery());
          }

          function showTables() {
            tables.innerHTML = (info.tables || []).map(function (t) { return t.html; }).join('');
          }

          function term(list, label, value) {
            if (value === null || value === undefined || value === '') return;
            var dt = document.createElement('dt');
            dt.textContent = label;
            var dd = document.createElement('dd');
            dd.textContent = String(value);
            list.appendChild(dt);
            list.appendChild(dd);
          }

          function number(value) { return typeof value === 'number' ? value.toFixed(2) : value; }

          function showActor(id) {
            var actor = (info.actors || []).filter(function (a) { return a.id === id; })[0];
            if (!actor) return false;
            var w = info.words;
            details.textContent = '';
            var heading = document.createElement('h3');
            heading.textContent = actor.name;
            details.appendChild(heading);
            var list = document.createElement('dl');
            list.dataset.actor = actor.id;
            term(list, w.kind, actor.kind);
            term(list, w.area, actor.area);
            term(list, w.coreGroupYears, actor.coreGroupYears.join(', ') || '–');
            term(list, w.degree, actor.degree);
            term(list, w.betweenness, number(actor.betweenness));
            term(list, w.closeness, number(actor.closeness));
            details.appendChild(list);
            return true;
          }

          function showRelations(ids) {
            var found = (info.relations || []).filter(function (r) {
              return ids.every(function (id) { return r.members.indexOf(id) >= 0; });
            });
            if (!found.length) return false;
            var w = info.words;
            details.textContent = '';
            found.forEach(function (relation) {
              var heading = document.createElement('h3');
              heading.textContent = w.relation + ': ' + relation.format;
              details.appendChild(heading);
              var list = document.createElement('dl');
              list.dataset.relation = relation.id;
              term(list, w.members, relation.memberNames.join(relation.directed ? ' → ' : ', '));
              term(list, w.mechanism, relation.mechanism ? relation.mechanism + ' (' + (relation.mechanismInferred ? w.inferred : w.coded) + ')' : '–');
              term(list, w.formalisation, relation.formalisation);
              term(list, w.years, relation.years.join(', '));
              details.appendChild(list);
            });
            return true;
          }

          function actorIn(name) {
            var at = name.lastIndexOf('a:');
            return at >= 0 ? name.slice(at + 2) : null;
          }

          // Graphviz names each node and edge in the comment before its group ("a:ki", "a:ki->a:jc");
          // the <title> holds the tooltip.
          function nameOf(group) {
            for (var node = group.previousSibling; node; node = node.previousSibling) {
              if (node.nodeType === Node.COMMENT_NODE) {
                return node.nodeValue.trim().replace(/&#45;/g, '-').replace(/&gt;/g, '>').replace(/&lt;/g, '<')
                  .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
              }
              if (node.nodeType === Node.ELEMENT_NODE) break;
            }
            return '';
          }

          function inspect(group) {
            if (!info) return;
            var name = group.dataset.name || '';
            if (group.classList.contains('edge')) {
              var ends = name.split(/->|--/).map(actorIn).filter(function (x) { return x; });
              if (showRelations(ends)) return;
            } else {
              var id = actorIn(name);
              if (id && showActor(id)) return;
            }
            var link = group.querySelector('a');
            var text = link && (link.getAttribute('xlink:title') || link.getAttribute('title'));
            if (text) {
              details.textContent = '';
              var p = document.createElement('p');
              p.textContent = text;
              details.appendChild(p);
            }
          }

          function wire(svg) {
            svg.querySelectorAll('g.node, g.edge').forEach(function (group) {
              group.dataset.name = nameOf(group);
              group.addEventListener('mouseenter', function () { inspect(group); });
              group.addEventListener('click', function (event) {
                event.preventDefault();
                svg.querySelectorAll('g.selected').forEach(function (g) { g.classList.remove('selected'); });
                group.classList.add('selected');
                inspect(group);
              });
            });
          }

          function showMessage(text) {
            figure.textContent = '';
            var p = document.createElement('p');
            p.className = 'small';
            p.textContent = text;
            figure.appendChild(p);
          }

          // Asks for the diagram of the current choices; the answer is shown by showDiagram unless a
          // newer request was made meanwhile.
          function fetchDiagram() {
            var mine = ++token;
            var asked = { view: state.view, year: String(state.year) };
            return fetch('/diagram/' + path + '?' + query(), { cache: 'no-store' })
              .then(function (response) {
                return response.text().then(function (text) { return { ok: response.ok, text: text, mine: mine, asked: asked }; });
              });
          }

          function showDiagram(answer) {
                if (answer.mine !== token) return;
                if (!answer.ok) {
                  var doc = new DOMParser().parseFromString(answer.text, 'text/html');
                  var message = doc.querySelector('.error');
                  renderError.textContent = message ? message.textContent : answer.text;
                  renderError.hidden = false;
                  figure.dataset.state = 'error';
                  return;
                }
                renderError.hidden = true;
                var svgDoc = new DOMParser().parseFromString(answer.text, 'image/svg+xml');
                var svg = document.importNode(svgDoc.documentElement, true);
                figure.replaceChildren(svg);
                wire(svg);
                figure.dataset.state = 'ready';
                figure.dataset.generation = String(info.goodGeneration);
                figure.dataset.view = answer.asked.view;
                figure.dataset.year = answer.asked.year;
                document.body.dataset.updated = String(Date.now());
          }

          // The file's state and the diagram are asked for at once when a good version is known (the
          // diagram does not wait for the tables); otherwise the diagram only after the state says there is one.
          function refresh() {
            var p = new URLSearchParams({ lang: lang, mechanisms: state.mechanisms });
            if (state.year) p.set('year', state.year);
            if (state.view === 'difference' && (!state.from || state.from === String(state.year))) showControls();
            var early = info && info.hasGood ? fetchDiagram() : null;
            if (early) figure.dataset.state = 'loading';
            return fetch('/api/alliance/' + path + '?' + p.toString(), { cache: 'no-store' })
              .then(function (r) { return r.json(); })
              .then(function (answer) {
                info = answer;
                if (!state.year && info.year) state.year = String(info.year);
                showControls();
                showProblems();
                showDownloads();
                showTables();
                document.body.dataset.generation = String(info.generation);
                if (!info.hasGood) {
                  token++;
                  showMessage(info.words.noDiagram);
                  figure.dataset.state = 'none';
                  return;
                }
                figure.dataset.state = 'loading';
                return (early || fetchDiagram()).then(showDiagram);
              });
          }

          controls.addEventListener('submit', function (event) { event.preventDefault(); });
          if (!state.year) {
            var buttons = controls.querySelectorAll('button.year');
            if (buttons.length) state.year = buttons[buttons.length - 1].dataset.year;
          }
          controls.addEventListener('change', function (event) {
            var target = event.target;
            if (target.name === 'view') state.view = target.value;
            else if (keys.indexOf(target.name) >= 0) state[target.name] = target.value;
            refresh();
          });
          controls.querySelectorAll('button.year').forEach(function (button) {
            button.addEventListener('click', function () {
              state.year = button.dataset.year;
              refresh();
            });
          });
          if (paperSelect) paperSelect.addEventListener('change', function () {
            var chosen = paperSelect.value.split(' ');
            state.paper = chosen[0];
            state.orientation = chosen[1] || defaults.orientation;
            showDownloads();
          });
          document.getElementById('reset').addEventListener('click', function () {
            ['area', 'relation-format', 'mechanism', 'actor'].forEach(function (key) { state[key] = ''; });
            state.depth = '1';
            state.interfaces = 'none';
            state.mechanisms = 'effective';
            refresh();
          });
          // Any change of the folder may concern this page (its file, a vocabulary file): redraw.
          onChange = function () { refresh(); };
          connect();
          refresh();
        })();
        """#
}
