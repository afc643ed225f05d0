#pragma once

#include "theme/Theme.h"

#include <QWidget>

#include <vector>

namespace credit::ui {

// Two variables as a binned density grid: each cell's shade says how many clients fall in it, so
// 300,000 clients stay readable where a scatter plot would be a solid blot. The binning is
// written under the chart; the client is a ring with a cross and a label, not a colour.
class DensityGridChart : public QWidget {
    Q_OBJECT
public:
    struct Grid {
        std::vector<double> xEdges, yEdges, counts; // counts row-major: y * xBins + x
        std::size_t points = 0;
        QString xLabel, yLabel;
        QString binning; // "Grille 60 × 60 cases ; 300 000 clients"
        double clientX = 0.0, clientY = 0.0;
        bool hasClient = false;
    };
    explicit DensityGridChart(QWidget* parent = nullptr);

    void setGrid(Grid grid);
    const Grid& grid() const { return m_grid; }
    void setTheme(const Theme& theme);
    QSize sizeHint() const override { return {640, 420}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Grid m_grid;
    Theme m_theme = Theme::forId(ThemeId::Default);
};

} // namespace credit::ui
