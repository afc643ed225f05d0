#pragma once

class QWidget;

namespace credit::ui {

// Qt creates some controls on its own and leaves them without an accessible name, so a screen
// reader announces "list" or "button" and nothing else: the popup list of every combo box, the
// corner button of a table that shows both headers (it selects the whole table), the clear
// button of a line edit and the popup of a menu (its title is on the menu bar entry only). This
// names every one of them under `root`: a popup list takes its
// combo box's name (or, without one, the text of the label whose buddy the box is), the
// buttons say what they do. Combo boxes are also watched, so their popup lists follow the box
// when a language change renames it. Call it once the widgets exist and again after names
// change (MainWindow does both); calling it again is cheap and idempotent.
void nameInternalControls(QWidget* root);

} // namespace credit::ui
