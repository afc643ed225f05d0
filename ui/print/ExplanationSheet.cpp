#include "print/ExplanationSheet.h"

#include "common/AtomicFileWriter.h"
#include "models/DisplayFormat.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace credit::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("credit::ui::ExplanationSheet", text);
}

QString list(const std::vector<explain::Reason>& reasons, const std::string& language)
{
    QString html = QStringLiteral("<ul>");
    for (const auto& reason : reasons)
        html += QStringLiteral("<li>") +
                QString::fromStdString(reason.text.in(language)).toHtmlEscaped() +
                QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

} // namespace

QString explanationSheetHtml(const ExplanationSheetContent& content)
{
    const std::string language = content.language.toStdString();
    const auto& explanation = content.explanation;
    const QLocale locale = localeForLanguage(content.language);
    const bool grant = explanation.decision == explain::Decision::Grant;
    QString html =
        QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 10pt;\">");
    if (content.syntheticData)
        html += QStringLiteral("<p style=\"background:#fff3c4; padding:4px;\"><b>") +
                tr("Données de démonstration synthétiques : aucun client réel.") +
                QStringLiteral("</b></p>");
    html += QStringLiteral("<h2>") +
            tr("Explication de la décision de crédit — client %1")
                .arg(content.clientId.toHtmlEscaped()) +
            QStringLiteral("</h2>");
    html += QStringLiteral("<p style=\"font-size: 13pt;\"><b>") +
            tr("Décision du modèle : %1").arg(grant ? tr("ACCORD") : tr("REFUS")) +
            QStringLiteral("</b> — ") +
            tr("probabilité de difficultés %1, seuil %2")
                .arg(formatPercent(explanation.probability, locale),
                     formatPercent(explanation.threshold, locale)) +
            QStringLiteral("</p>");
    html += QStringLiteral("<p>") +
            QString::fromStdString(explanation.interpretation.in(language)).toHtmlEscaped() +
            QStringLiteral("</p>");
    if (!content.advisorDecision.isEmpty())
        html += QStringLiteral("<p><b>") + content.advisorDecision.toHtmlEscaped() +
                QStringLiteral("</b></p>");
    html += QStringLiteral("<h3>") + tr("Ce qui augmente le risque") + QStringLiteral("</h3>") +
            list(explanation.adverseReasons, language);
    html += QStringLiteral("<h3>") + tr("Ce qui diminue le risque") + QStringLiteral("</h3>") +
            list(explanation.favourableReasons, language);
    if (!content.facts.isEmpty()) {
        html += QStringLiteral("<h3>") + tr("Principaux éléments du dossier") +
                QStringLiteral("</h3><p>");
        html += content.facts.mid(0, 10).join(QStringLiteral(" · ")).toHtmlEscaped();
        html += QStringLiteral("</p>");
    }
    if (!content.comparisonChart.isNull() || !content.comparisonFinding.isEmpty()) {
        html += QStringLiteral("<h3>") + tr("Comparaison avec les autres clients") +
                QStringLiteral("</h3>");
        if (!content.comparisonFinding.isEmpty())
            html += QStringLiteral("<p>") + content.comparisonFinding.toHtmlEscaped() +
                    QStringLiteral("</p>");
        if (!content.comparisonChart.isNull())
            html += QStringLiteral("<p><img src=\"chart://comparison\" width=\"480\"></p>");
    }
    html += QStringLiteral("<p style=\"color:#444; font-size: 8pt;\">") +
            tr("Modèle %1 · document édité le %2")
                .arg(QString::fromStdString(explanation.modelVersion).toHtmlEscaped(),
                     locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat)) +
            QStringLiteral("</p></body></html>");
    return html;
}

bool writeExplanationPdf(const ExplanationSheetContent& content, const QString& path,
                         QString* error)
{
    // Rendered in memory, then written whole through the one output writer: a full disk is
    // reported with its reason and an older sheet at that path is never left cut.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("Explication de la décision de crédit"));
        writer.setCreator(QStringLiteral("Prêt à dépenser"));
        QTextDocument document;
        if (!content.comparisonChart.isNull())
            document.addResource(QTextDocument::ImageResource,
                                 QUrl(QStringLiteral("chart://comparison")),
                                 content.comparisonChart);
        document.setHtml(explanationSheetHtml(content));
        document.print(&writer);
    }
    try {
        const QByteArray& bytes = pdf.data();
        common::writeFileAtomically(std::filesystem::path(path.toStdString()),
                                    std::string_view(bytes.constData(),
                                                     static_cast<std::size_t>(bytes.size())));
    } catch (const common::OutputError& failure) {
        if (error)
            *error = tr("Impossible d'écrire le PDF %1 : %2")
                         .arg(path, QString::fromLocal8Bit(failure.what()));
        return false;
    }
    return true;
}

} // namespace credit::ui
