#pragma once

namespace credit::ui {

// Where the client list comes from. Synthetic demonstration data must be labelled as such
// wherever it is shown, so the window keeps a banner up for it.
enum class PortfolioOrigin { SyntheticDemo, RealData };

} // namespace credit::ui
