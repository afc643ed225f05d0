#pragma once

namespace credit::ui {

// Registers (once) the factory that gives the custom-painted widgets their accessible
// interfaces. Qt has no accessibility for painted views or Qt Charts; without this a screen
// reader sees an empty, nameless rectangle. Called by each custom widget's constructor.
void installAccessibleFactory();

} // namespace credit::ui
