#!/usr/bin/python3
"""Walks the credit-advisor's AT-SPI tree in server mode (data/source = server), as a screen reader
user meets it, against the real server run_atspi_check.sh started (start_server_mode.sh).

Run by run_atspi_check.sh inside Xvfb + a D-Bus session + the AT-SPI bus, with Debian's
/usr/bin/python3. Reuses atspi_tree_check.py's walk and tab tour.

What it does, in order:
  - waits until the server has scored every client, then records two decisions on the first
    client through the API (one of them differs from the model's, so the supervisors' review
    queue has a row to read);
  - waits until the app's list is filled and its first client's score is on the gauge;
  - walks the whole tree and every tab of every tab bar (Explication, Comparer and its three
    views, Modifier le dossier, Décision, the Model page), selected through AT-SPI actions;
  - reads the status bar's data-source label, the distribution chart (age over all clients,
    where the test portfolio has bins of 1 to 4 clients), its data table and the two-variable
    grid, and asks the server for the same aggregates to know which counts it hid;
  - gives the window the keyboard focus (xdotool, as a window manager would on a click), opens
    the File menu with F10, goes down to the supervisors' review with the arrow keys, opens it
    with Return, walks the dialog once its list is filled, and closes it with Escape.

What fails (exit 1):
  - a focusable or interactive node without a name (as atspi_tree_check.py), in the window or in
    the review dialog; a client tab or comparison view not walked;
  - no status-bar label naming the server (its URL) and its model version;
  - the distribution chart missing, not showing the server's bins, or one of its bins without a
    name or a value (the item's description is "name : value"); a bin the server hides that
    does not read "moins de N clients" (N the server's min_cell_count), e.g. "0 clients";
  - no cell of the data table reading "moins de N clients" when the server hid bins;
  - a cell of the two-variable grid reading "0 clients", or none reading "moins de N clients"
    when the server hides some of the grid's cells;
  - the review dialog not opening from the keyboard, or its list staying empty.

Exit 77 (skipped) when pyatspi or xdotool is missing.

Options: --server URL --key KEY (the server and the supervisor's key, from start_server_mode.sh),
--app-name and --timeout (as atspi_tree_check.py); --select-client is accepted and implied. No
known-unnamed list: everything in server mode is checked.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request

# The shared walker is imported from the source tree, which must stay free of __pycache__.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import atspi_tree_check as tree  # noqa: E402  (exits 77 without pyatspi)
import pyatspi  # noqa: E402

# Comparison variables as the French chart's name shows them (core/population/
# ComparisonVariable.cpp), with the key the server knows: the chart shows age first.
COMPARISON_VARIABLES = [
    ("Âge", "age_years"),
    ("Logement", "NAME_HOUSING_TYPE"),
    ("Type de revenu", "NAME_INCOME_TYPE"),
    ("Situation familiale", "NAME_FAMILY_STATUS"),
    ("Niveau d'études", "NAME_EDUCATION_TYPE"),
    ("Type de contrat", "NAME_CONTRACT_TYPE"),
    ("Genre", "CODE_GENDER"),
]
CHART_PREFIX = "Répartition : "
GRID_PREFIX = "Densité : "
GRID_AXES = ("Âge et Revenu annuel", ("age_years", "AMT_INCOME_TOTAL"))
DATA_TABLE = "Tableau de la répartition"
REVIEW_ITEM = "Revue des décisions (superviseur)"
CLIENT_PAGES = ["Explication", "Comparer", "Graphique", "Tableau de données", "Deux variables",
                "Modifier le dossier", "Décision"]
KEY_F10, KEY_DOWN, KEY_RETURN, KEY_ESCAPE = 0xFFC7, 0xFF54, 0xFF0D, 0xFF1B


class Server:
    def __init__(self, url, key):
        self.url = url.rstrip("/")
        self.key = key

    def request(self, route, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.url + route, data=data,
                                         headers={"X-API-Key": self.key,
                                                  "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as answer:
            return json.loads(answer.read().decode())

    def wait_until_scored(self, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                health = self.request("/health")
                scoring = health.get("scoring", {})
                if (health.get("database") == "ok" and scoring.get("total", 0) > 0
                        and scoring.get("scored") == scoring.get("total")):
                    return True
            except OSError:
                pass
            time.sleep(0.3)
        return False

    def record_an_override(self):
        client = self.request("/v1/clients?limit=1")["clients"][0]["client_id"]
        for decision in ("grant", "refuse"):  # one of the two differs from the model's
            self.request("/v1/clients/%d/decisions" % client,
                         {"decision": decision,
                          "justification": "Vérification d'accessibilité (AT-SPI)"})

    def distribution(self, variable):
        return self.request("/v1/population/distribution?variable="
                            + urllib.parse.quote(variable))


def press(keysym):
    """One key as a keyboard user presses it: an X key event through the AT-SPI registry."""
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    time.sleep(0.15)


def eventually(condition, timeout):
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(0.2)


def find_all(root, predicate, limit_depth=tree.MAX_DEPTH):
    found = []

    def visit(node, depth):
        if node is None or depth > limit_depth:
            return
        try:
            if predicate(node):
                found.append(node)
            role = node.getRole()
            if role in tree.TABLE_ROLES or role in tree.LIST_ROLES:
                return  # cells and items are not containers of what is looked for
            for index in range(node.childCount):
                visit(node.getChildAtIndex(index), depth + 1)
        except Exception:
            return

    visit(root, 0)
    return found


def named(role, prefix):
    return lambda node: node.getRole() == role and tree.node_name(node).startswith(prefix)


def find_one(root, role, prefix):
    nodes = find_all(root, named(role, prefix))
    return nodes[0] if nodes else None


def item_name_and_value(item):
    """A chart item: its name and its value, read from the description "name : value"."""
    name = tree.node_name(item)
    try:
        description = (item.description or "").strip()
    except Exception:
        description = ""
    value = description[len(name) + 3:] if description.startswith(name + " : ") else ""
    return name, value


def select_tab_named(root, label):
    tabs = find_all(root, lambda node: node.getRole() == pyatspi.ROLE_PAGE_TAB
                    and tree.node_name(node) == label)
    return bool(tabs) and tree.select_tab(tabs[0])


def check_status_bar(window, server, failures):
    bars = find_all(window, lambda node: node.getRole() == pyatspi.ROLE_STATUS_BAR)
    labels = find_all(bars[0], lambda node: node.getRole() == pyatspi.ROLE_LABEL) if bars else []
    for label in labels:
        name = tree.node_name(label)
        if "serveur" not in name.lower() or server.url not in name:
            continue
        print("status bar data source: '%s'" % name)
        # Qt 6.4 gives labels no Text interface: their name is what a screen reader reads, so
        # the name must be the whole text (the server and its model), not a fixed title.
        try:
            text = label.queryText().getText(0, -1).strip()
        except NotImplementedError:
            text = name
        if name != text:
            failures.append("the data-source label's name '%s' differs from its text '%s'"
                            % (name, text))
        version = server.request("/v1/model")["version"]
        if version not in name:
            failures.append("the data-source label does not name the server's model %s: '%s'"
                            % (version, name))
        return
    failures.append("no status-bar label names the server as the data source (labels: %s)"
                    % ", ".join("'%s'" % tree.node_name(label) for label in labels))


def shown_distribution(window, server, failures):
    """The server's answer for the variable the distribution chart shows (default: age)."""
    chart = eventually(lambda: find_one(window, pyatspi.ROLE_LIST, CHART_PREFIX), 10.0)
    label = tree.node_name(chart)[len(CHART_PREFIX):].split(",")[0] if chart else ""
    key = dict(COMPARISON_VARIABLES).get(label)
    if key is None:
        failures.append("the distribution chart ('%s') shows no variable this check knows"
                        % (tree.node_name(chart) if chart else "absent"))
        return None
    answer = server.distribution(key)
    print("distribution of %s: the server hides %d of its %d bins"
          % (key, sum(1 for bin_ in answer["bins"] if bin_["all"].get("suppressed")),
             len(answer["bins"])))
    return answer


def check_distribution(window, answer, failures):
    fewer = "moins de %d clients" % answer["min_cell_count"]
    bins = answer["bins"]

    def settled_chart():
        chart = find_one(window, pyatspi.ROLE_LIST, CHART_PREFIX)
        return chart if chart is not None and chart.childCount == len(bins) else None

    chart = eventually(settled_chart, 10.0)
    if chart is None:
        failures.append("the distribution chart does not show the server's %d bins" % len(bins))
        return
    print("distribution chart '%s': %d bins" % (tree.node_name(chart), chart.childCount))
    for index, bin_ in enumerate(bins):
        name, value = item_name_and_value(chart.getChildAtIndex(index))
        if not name or not value:
            failures.append("chart bin %d has no name or no value: '%s' / '%s'"
                            % (index, name, value))
            continue
        if bin_["all"].get("suppressed"):
            print("  hidden bin '%s': %s" % (name, value))
            if not value.startswith(fewer):
                failures.append("hidden bin '%s' reads '%s', not '%s'" % (name, value, fewer))
        if value.startswith("0 clients") and bin_["all"].get("suppressed"):
            failures.append("hidden bin '%s' reads as 0 clients: '%s'" % (name, value))
    if not select_tab_named(window, "Tableau de données"):
        failures.append("the 'Tableau de données' view could not be selected")
        return
    table = find_one(window, pyatspi.ROLE_TABLE, DATA_TABLE)
    children = [table.getChildAtIndex(index) for index in range(table.childCount)] if table else []
    cells = [cell for cell in children
             if cell is not None and cell.getRole() == pyatspi.ROLE_TABLE_CELL]
    hidden_cells = [cell for cell in cells if tree.node_name(cell).startswith(fewer)]
    print("data table: %d cells, %d read '%s…'" % (len(cells), len(hidden_cells), fewer))
    if any(bin_["all"].get("suppressed") for bin_ in bins) and not hidden_cells:
        failures.append("no cell of '%s' reads '%s' for the hidden bins" % (DATA_TABLE, fewer))


def check_density_grid(window, server, failures):
    if not select_tab_named(window, "Deux variables"):
        failures.append("the 'Deux variables' view could not be selected")
        return
    grid = eventually(lambda: (lambda node: node if node is not None and node.childCount else None)(
        find_one(window, pyatspi.ROLE_LIST, GRID_PREFIX)), 10.0)
    if grid is None:
        failures.append("no two-variable grid with cells ('%s…')" % GRID_PREFIX)
        return
    # The view's default axes (ComparisonView): age across, income up.
    if tree.node_name(grid) != GRID_PREFIX + GRID_AXES[0]:
        failures.append("the grid shows '%s', not the default axes '%s'"
                        % (tree.node_name(grid), GRID_AXES[0]))
        return
    answer = server.request("/v1/population/density?x=%s&y=%s" % GRID_AXES[1])
    fewer = "moins de %d clients" % answer["min_cell_count"]
    hidden = 0
    for index in range(grid.childCount):
        name, value = item_name_and_value(grid.getChildAtIndex(index))
        if not name or not value:
            failures.append("grid cell %d has no name or no value" % index)
        if value.startswith("0 clients"):
            failures.append("grid cell '%s' reads '%s'" % (name, value))
        hidden += value.startswith(fewer)
    suppressed = sum(1 for cell in answer["cells"] if cell.get("suppressed"))
    print("two-variable grid '%s': %d cells, %d read '%s…' (the server hides %d)"
          % (tree.node_name(grid), grid.childCount, hidden, fewer, suppressed))
    if suppressed and not hidden:
        failures.append("the server hides %d grid cells but none reads '%s'" % (suppressed, fewer))


def open_review_by_keyboard(application, window, failures):
    """F10, then Down until the review item is the selected one, then Return."""
    press(KEY_F10)

    def review_item_selected():
        items = find_all(window, lambda node: node.getRole() == pyatspi.ROLE_MENU_ITEM
                         and tree.node_name(node).startswith(REVIEW_ITEM))
        return bool(items) and (items[0].getState().contains(pyatspi.STATE_SELECTED)
                                or items[0].getState().contains(pyatspi.STATE_FOCUSED))

    def file_menu_open():
        return find_all(window, lambda node: node.getRole() == pyatspi.ROLE_MENU_ITEM
                        and tree.node_name(node) == "Fichier"
                        and node.getState().contains(pyatspi.STATE_FOCUSED))

    if not eventually(file_menu_open, 3.0):
        failures.append("F10 did not open the File menu")
        return None
    for _ in range(12):
        if review_item_selected():
            break
        press(KEY_DOWN)
    if not review_item_selected():
        failures.append("the arrow keys never reached '%s…' in the File menu" % REVIEW_ITEM)
        press(KEY_ESCAPE)
        return None
    press(KEY_RETURN)

    def dialog():
        for index in range(application.childCount):
            node = application.getChildAtIndex(index)
            if node is not None and node.getRole() == pyatspi.ROLE_DIALOG:
                return node
        return None

    found = eventually(dialog, 10.0)
    if found is None:
        failures.append("Return on '%s…' opened no dialog" % REVIEW_ITEM)
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app-name", default="credit-advisor")
    parser.add_argument("--server", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--select-client", action="store_true")
    args = parser.parse_args()

    if shutil.which("xdotool") is None:
        print("SKIP: xdotool not found (Debian package xdotool): the keyboard part needs it to "
              "give the window the focus", file=sys.stderr)
        return 77
    failures = []
    server = Server(args.server, args.key)
    if not server.wait_until_scored(args.timeout * 2):
        print("FAIL: the server at %s did not score its clients in time" % args.server,
              file=sys.stderr)
        return 1
    server.record_an_override()

    application = tree.find_application(args.app_name, args.timeout)
    if application is None:
        print("FAIL: %s did not appear on the AT-SPI desktop" % args.app_name, file=sys.stderr)
        return 1
    window = application.getChildAtIndex(0)

    # The list is the server's first page and the app shows its first client: wait for the score.
    def scored_report():
        report = tree.TreeReport()
        tab_lists = []
        tree.walk(application, [tree.step(application, 0)], report, tab_lists=tab_lists)
        gauge = tree.named_gauge(report)
        if gauge is not None and tree.read_gauge(gauge)[0] > 0:
            return report, tab_lists, gauge
        return None

    scored = eventually(scored_report, args.timeout)
    if scored is None:
        print("FAIL: no client's score on the gauge: the server's list did not load",
              file=sys.stderr)
        return 1
    report, tab_lists, gauge = scored
    print("gauge '%s': value %.1f" % (tree.node_name(gauge), tree.read_gauge(gauge)[0]))

    tour = tree.TabTour(report)
    for tab_list, path in tab_lists:
        if tree.is_showing(tab_list):
            tour.visit_tab_list(tab_list, path)
    failures.extend(tour.failures)
    print("tab pages: " + ", ".join("'%s'" % page for page in tour.pages))
    for page in CLIENT_PAGES:
        if page not in tour.pages:
            failures.append("the tab '%s' was not walked" % page)

    check_status_bar(window, server, failures)

    # Keyboard from here on. Without a window manager nobody gives the window the X input focus
    # a click would give it: xdotool does what the window manager would.
    focused = subprocess.run(["xdotool", "search", "--sync", "--name", tree.node_name(window),
                              "windowfocus", "--sync"], capture_output=True, text=True, timeout=30)
    if focused.returncode != 0:
        failures.append("xdotool could not give the window the keyboard focus: "
                        + focused.stderr.strip())

    if select_tab_named(window, "Comparer") and select_tab_named(window, "Graphique"):
        answer = shown_distribution(window, server, failures)
        if answer is not None:
            check_distribution(window, answer, failures)
        check_density_grid(window, server, failures)
    else:
        failures.append("the Comparer tab or its 'Graphique' view could not be selected")

    dialog = open_review_by_keyboard(application, window, failures)
    if dialog is not None:
        rows = eventually(lambda: [table for table in find_all(
            dialog, lambda node: node.getRole() in tree.TABLE_ROLES)
            if table.queryTable().nRows > 0], 15.0)
        if not rows:
            failures.append("the review dialog's list stayed empty (an override was recorded)")
        tree.walk(dialog, [tree.step(dialog, 0)], report)
        print("review dialog '%s' walked" % tree.node_name(dialog))
        press(KEY_ESCAPE)

    print("walked %d accessible objects (%d table cells and headers)"
          % (len(report.seen), report.cells))
    failures.extend("unnamed %s: %s" % (report.unnamed[key], key)
                    for key in sorted(report.unnamed))
    return tree.verdict(failures)


if __name__ == "__main__":
    sys.exit(main())
