#pragma once

#include "explain/Explanation.h"

#include <QImage>
#include <QString>
#include <QStringList>

namespace credit::ui {

// What goes on the one-page explanation sheet an advisor prints or sends.
struct ExplanationSheetContent {
    QString clientId;
    explain::Explanation explanation;
    QStringList facts;         // "Âge : 34 ans", ...
    QImage comparisonChart;    // a grab of the comparison chart (may be null)
    QString comparisonFinding; // the chart's sentence, so the sheet says it in words too
    QString advisorDecision;   // optional: "Décision du conseiller : ..."
    bool syntheticData = false;
    QString language = QStringLiteral("fr");
};

// The sheet as HTML (also what tests and previews read).
QString explanationSheetHtml(const ExplanationSheetContent& content);
// Writes the sheet as a one-page A4 PDF; returns false with `error` set when unwritable.
bool writeExplanationPdf(const ExplanationSheetContent& content, const QString& path,
                         QString* error);

} // namespace credit::ui
