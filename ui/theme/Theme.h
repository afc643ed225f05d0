#pragma once

#include "theme/ThemeId.h"

#include <QColor>
#include <QPalette>

namespace credit::ui {

// Every colour the views use, defined in code so the contrast test can check each pair that
// touches on screen. Custom charts read their colours from here, never from literals.
struct Theme {
    ThemeId id = ThemeId::Default;

    // Widgets (fed into the application QPalette)
    QColor window;
    QColor windowText;
    QColor base; // backgrounds of views and of the custom charts
    QColor alternateBase;
    QColor text;
    QColor mutedText; // secondary text (axis ticks, captions); still >= 4.5:1
    QColor button;
    QColor buttonText;
    QColor highlight;
    QColor highlightedText;
    QColor link;
    QColor focus; // focus indicator drawn by the custom widgets (>= 3:1)

    // Data marks
    QColor adverse;      // raises the risk / refusal side
    QColor favourable;   // lowers the risk / grant side
    QColor hatch;        // lines of the adverse hatch pattern, drawn over `adverse`
    QColor axis;         // zero line, scale, threshold mark
    QColor clientMarker; // the client's position on the gauge

    // Synthetic-data banner
    QColor bannerBackground;
    QColor bannerText;

    static Theme forId(ThemeId id); // Automatic is resolved by the caller; treated as Default
    QPalette palette() const;
};

} // namespace credit::ui
