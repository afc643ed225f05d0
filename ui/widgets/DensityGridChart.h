#pragma once

#include "accessibility/AccessibleItemSource.h"
#include "theme/Theme.h"

#include <QWidget>

#include <vector>

namespace credit::ui {

// Two variables as a binned density grid: each cell's shade says how many clients fall in it, so
// 300,000 clients stay readable where a scatter plot would be a solid blot. The binning is
// written under the chart; the client is a ring with a cross and a label, not a colour.
// Cells the server hid (too few clients) are hatched, never blank.
// For screen readers the chart is a list of its non-empty cells (and the client's cell), each
// named after its two ranges with its count as value; Left/Right walk them, Home/End jump.
class DensityGridChart : public QWidget, public AccessibleItemSource {
    Q_OBJECT
public:
    // AccessibleItemSource: the items screen readers list (ItemListAccessible).
    int accessibleItemCount() const override { return cellCount(); }
    QString accessibleItemName(int item) const override { return cellName(item); }
    QString accessibleItemValue(int item) const override { return cellValue(item); }
    QRect accessibleItemRect(int item) const override { return cellRect(item); }
    int currentAccessibleItem() const override { return m_current; }
    QString accessibleItemsDescription() const override;

    struct Grid {
        std::vector<double> xEdges, yEdges, counts; // counts row-major: y * xBins + x
        std::size_t points = 0;
        QString xLabel, yLabel;
        QString xUnit, yUnit; // "ans", "€", or empty
        QString binning;      // "Grille 60 × 60 cases ; 300 000 clients"
        double clientX = 0.0, clientY = 0.0;
        bool hasClient = false;
        // The server hides cells of 1 to N - 1 clients: such a cell's count is 0, it is flagged
        // here (same layout as counts; empty when nothing is hidden), drawn hatched and read out
        // as "fewer than N clients" with N = suppressedBelow.
        std::vector<bool> suppressed;
        int suppressedBelow = 0;
        bool isSuppressed(std::size_t index) const
        {
            return index < suppressed.size() && suppressed[index];
        }
    };
    explicit DensityGridChart(QWidget* parent = nullptr);

    void setGrid(Grid grid);
    const Grid& grid() const { return m_grid; }
    void setTheme(const Theme& theme);
    QSize sizeHint() const override { return {640, 420}; }

    // The cells read out to assistive technology: every non-empty cell and the client's, in
    // reading order (bottom row first, as the axis grows, then left to right).
    int cellCount() const { return static_cast<int>(m_cells.size()); }
    QString cellName(int cell) const;  // "Âge 30–35 ans, Revenu 100 k–150 k €"
    QString cellValue(int cell) const; // "412 clients"
    QRect cellRect(int cell) const;    // in widget coordinates
    double cellClients(int cell) const;
    // The listed cell holding the client, -1 when the client is not placed.
    int clientCell() const { return m_clientListed; }
    int currentCell() const { return m_current; }
    void setCurrentCell(int cell);

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    QRect plotRect() const;
    int statementHeight() const;
    static QRect gridCell(const QRect& plot, int x, int y, int xBins, int yBins);
    QColor shadeFor(double share) const; // share of the densest cell, 0-1
    int xBins() const { return static_cast<int>(m_grid.xEdges.size()) - 1; }
    int yBins() const { return static_cast<int>(m_grid.yEdges.size()) - 1; }
    void notifyAccessibility();

    Grid m_grid;
    std::vector<int> m_cells; // grid indices (y * xBins + x) of the listed cells
    int m_clientListed = -1;
    int m_current = -1;
    Theme m_theme = Theme::forId(ThemeId::Default);
};

} // namespace credit::ui
