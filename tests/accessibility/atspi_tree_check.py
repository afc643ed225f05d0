#!/usr/bin/python3
"""Walks the credit-advisor's AT-SPI accessibility tree as a screen reader sees it.

Run by run_atspi_check.sh inside Xvfb + a D-Bus session + the AT-SPI bus, with Debian's
/usr/bin/python3 (the only interpreter that sees python3-pyatspi). Fails (exit 1) when a
focusable control or a chart that is on screen has no accessible name, or when the score gauge
does not expose its value through the Value interface. Exit 77 (CTest "skipped") when pyatspi
is missing.

Options:
  --app-name NAME      application name on the AT-SPI desktop (default credit-advisor)
  --select-client      type Down in the client search box (through the AT-SPI registry's
                       synthetic key events) and wait for the gauge to show a score
  --timeout SECONDS    how long to wait for the application and the score (default 30)
"""

import argparse
import sys
import time

try:
    import pyatspi
except ImportError:
    print("SKIP: python3-pyatspi is not installed for /usr/bin/python3", file=sys.stderr)
    sys.exit(77)

# Roles of the painted data views: what a sighted user reads as a chart must have a name too,
# whether or not it takes focus.
CHART_ROLES = {
    pyatspi.ROLE_PROGRESS_BAR,
    pyatspi.ROLE_CHART,
    pyatspi.ROLE_IMAGE,
    pyatspi.ROLE_CANVAS,
    pyatspi.ROLE_DIAL,
    # The painted bar charts are lists whose items are the bars; Qt's own list views are lists
    # too, and they must be named as well.
    pyatspi.ROLE_LIST,
}
# Chart lists (ContributionChart, importance chart) expose their bars as list items.
ITEM_ROLES = {pyatspi.ROLE_LIST_ITEM}
# Table cells are named by their text; walking every cell of a long client list takes minutes
# over D-Bus, so tables are checked themselves and through their first rows only.
TABLE_ROLES = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE}
MAX_TABLE_CHILDREN = 12
MAX_DEPTH = 40


def describe(node):
    path = []
    current = node
    while current is not None and len(path) < 8:
        path.append("%s '%s'" % (current.getRoleName(), current.name))
        current = current.parent
    return " < ".join(path)


def find_application(name, timeout):
    desktop = pyatspi.Registry.getDesktop(0)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for application in desktop:
            if application is not None and application.name == name and application.childCount:
                return application
        time.sleep(0.3)
    return None


def walk(node, visit, depth=0):
    if node is None or depth > MAX_DEPTH:
        return
    visit(node)
    count = node.childCount
    if node.getRole() in TABLE_ROLES:
        count = min(count, MAX_TABLE_CHILDREN)
    for index in range(count):
        try:
            child = node.getChildAtIndex(index)
        except Exception:  # a child that vanished while walking (a rebuilt list)
            continue
        walk(child, visit, depth + 1)


class TreeReport:
    def __init__(self):
        self.unnamed = []
        self.nodes = 0
        self.focusable = 0
        self.charts = []
        self.gauges = []

    def visit(self, node):
        self.nodes += 1
        state = node.getState()
        showing = state.contains(pyatspi.STATE_SHOWING)
        role = node.getRole()
        name = (node.name or "").strip()
        if role == pyatspi.ROLE_PROGRESS_BAR:
            self.gauges.append(node)
        if not showing:
            return  # closed menus, the combo box's popup, hidden tabs: nobody can reach them now
        if state.contains(pyatspi.STATE_FOCUSABLE):
            self.focusable += 1
            if not name and role != pyatspi.ROLE_TABLE_CELL:
                self.unnamed.append("focusable " + describe(node))
        if role in CHART_ROLES:
            self.charts.append(node)
            if not name:
                self.unnamed.append("chart " + describe(node))
        if role in ITEM_ROLES and not name:
            self.unnamed.append("item " + describe(node))


def read_gauge(gauge):
    value = gauge.queryValue()
    return value.currentValue, value.minimumValue, value.maximumValue


def select_first_client(application, timeout):
    """Focus the search box and press Down: the finder moves into the list and selects the
    first client, which the application scores."""
    search = []

    def visit(node):
        if node.getRole() == pyatspi.ROLE_TEXT and node.getState().contains(pyatspi.STATE_FOCUSABLE):
            search.append(node)

    walk(application, visit)
    if not search:
        return False
    search[0].queryComponent().grabFocus()
    time.sleep(0.5)
    down = 0xFF54  # XK_Down
    pyatspi.Registry.generateKeyboardEvent(down, None, pyatspi.KEY_SYM)
    return True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app-name", default="credit-advisor")
    parser.add_argument("--select-client", action="store_true")
    parser.add_argument("--timeout", type=float, default=30.0)
    args = parser.parse_args()

    application = find_application(args.app_name, args.timeout)
    if application is None:
        print("FAIL: %s did not appear on the AT-SPI desktop within %.0f s"
              % (args.app_name, args.timeout), file=sys.stderr)
        return 1
    # Let the window finish its first layout before walking.
    time.sleep(1.0)

    if args.select_client:
        if not select_first_client(application, args.timeout):
            print("FAIL: no focusable text field (the client search box) in the tree",
                  file=sys.stderr)
            return 1

    failures = []
    score = None
    deadline = time.monotonic() + (args.timeout if args.select_client else 0)
    while True:
        report = TreeReport()
        walk(application, report.visit)
        named_gauges = [g for g in report.gauges if "jauge" in (g.name or "").lower()
                        or "gauge" in (g.name or "").lower()]
        if named_gauges:
            score = read_gauge(named_gauges[0])
        if not args.select_client or (score and score[0] > 0) or time.monotonic() > deadline:
            break
        time.sleep(0.5)

    print("walked %d accessible objects, %d focusable on screen, %d charts"
          % (report.nodes, report.focusable, len(report.charts)))
    for chart in report.charts:
        print("  chart: %s '%s' (%d items)" % (chart.getRoleName(), chart.name, chart.childCount))
    failures.extend(report.unnamed)

    if score is None:
        failures.append("no score gauge (progress bar named 'Jauge…'/'…gauge') in the tree")
    else:
        current, minimum, maximum = score
        gauge = named_gauges[0]
        print("gauge '%s': value %.1f in [%.1f, %.1f]; description: %s"
              % (gauge.name, current, minimum, maximum, gauge.description))
        if not (minimum == 0.0 and maximum == 100.0 and minimum <= current <= maximum):
            failures.append("gauge value %r outside its range [%r, %r]" % score)
        if args.select_client and current <= 0.0:
            failures.append("the gauge still shows no score after selecting a client")
    if report.focusable == 0:
        failures.append("no focusable control on screen: the tree was not exposed")

    if failures:
        print("FAIL: %d accessibility problem(s):" % len(failures), file=sys.stderr)
        for failure in failures:
            print("  - " + failure, file=sys.stderr)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
