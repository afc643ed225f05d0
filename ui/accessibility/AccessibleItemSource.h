#pragma once

#include <QRect>
#include <QString>

namespace credit::ui {

// What a chart drawn as a list of items (bars, bins, cells) tells assistive technology. The
// chart widgets implement it; ItemListAccessible turns it into a QAccessible list whose
// children read the chart live, so no chart needs an accessibility class of its own.
class AccessibleItemSource {
public:
    virtual ~AccessibleItemSource() = default;

    virtual int accessibleItemCount() const = 0;
    virtual QString accessibleItemName(int item) const = 0;
    virtual QString accessibleItemValue(int item) const = 0;
    virtual QRect accessibleItemRect(int item) const = 0; // in widget coordinates
    virtual int currentAccessibleItem() const = 0;        // -1 when none
    // The list's description: how to read and move through the items.
    virtual QString accessibleItemsDescription() const = 0;
};

} // namespace credit::ui
