#include "SampleData.h"
#include "decision/DecisionPanel.h"
#include "print/ExplanationSheet.h"
#include "store/LocalStore.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace credit::ui;

class DecisionAndPrintTest : public QObject {
    Q_OBJECT
private slots:
    void overrideWithoutJustificationIsRefused()
    {
        QTemporaryDir folder;
        credit::store::LocalStore store(folder.filePath(QStringLiteral("store.sqlite")));
        DecisionPanel panel;
        panel.setStore(&store);
        auto explanation = testing::refusedExplanation();
        explanation.modelVersion = "test-model";
        panel.setClient(QStringLiteral("100002"), explanation);

        panel.chooseOverride();
        QVERIFY(!panel.record());
        QVERIFY(panel.statusText().contains(QStringLiteral("justification")));
        QVERIFY(store.decisions().empty());

        panel.setJustification(QStringLiteral("Apport personnel de 30 % vérifié."));
        QVERIFY(panel.record());
        const auto decisions = store.decisions();
        QCOMPARE(decisions.size(), std::size_t{1});
        QCOMPARE(decisions[0].modelDecision, QStringLiteral("refuse"));
        QCOMPARE(decisions[0].advisorDecision, QStringLiteral("grant"));
        QCOMPARE(decisions[0].modelVersion, QStringLiteral("test-model"));
        QCOMPARE(decisions[0].probability, explanation.probability);
        QCOMPARE(decisions[0].threshold, explanation.threshold);
        QCOMPARE(decisions[0].reasons.size(),
                 static_cast<qsizetype>(explanation.adverseReasons.size() +
                                        explanation.favourableReasons.size()));
        QVERIFY(!decisions[0].user.isEmpty());
    }

    void confirmationNeedsNoJustification()
    {
        QTemporaryDir folder;
        credit::store::LocalStore store(folder.filePath(QStringLiteral("store.sqlite")));
        DecisionPanel panel;
        panel.setStore(&store);
        panel.setClient(QStringLiteral("100002"), testing::refusedExplanation());
        panel.chooseConfirm();
        QVERIFY(panel.record());
        QCOMPARE(store.decisions().at(0).advisorDecision, QStringLiteral("refuse"));
    }

    void pdfContainsDecisionAndReasons()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QTemporaryDir folder;
        ExplanationSheetContent content;
        content.clientId = QStringLiteral("100002");
        content.explanation = testing::refusedExplanation();
        content.explanation.modelVersion = "2026.11-test";
        content.facts = {QStringLiteral("Âge : 34 ans"), QStringLiteral("Revenu : 135 000 €")};
        QImage chart(400, 200, QImage::Format_RGB32);
        chart.fill(Qt::white);
        content.comparisonChart = chart;
        content.comparisonFinding =
            QStringLiteral("Revenu annuel : le client est au 72e centile des clients similaires.");
        content.syntheticData = true;
        const QString pdf = folder.filePath(QStringLiteral("sheet.pdf"));
        QString error;
        QVERIFY2(writeExplanationPdf(content, pdf, &error), qPrintable(error));

        QProcess process;
        process.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(QStringLiteral("REFUS")), qPrintable(text));
        for (const auto& reason : content.explanation.adverseReasons)
            QVERIFY2(text.contains(QString::fromStdString(reason.text.fr).simplified().left(40)),
                     qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("synthétiques")));
        QVERIFY(text.contains(QStringLiteral("2026.11-test")));
        QVERIFY(text.contains(QStringLiteral("72e centile")));

        QProcess pages;
        pages.start(QStringLiteral("pdfinfo"), {pdf});
        if (pages.waitForFinished(30000) && pages.exitCode() == 0)
            QVERIFY(QString::fromUtf8(pages.readAllStandardOutput())
                        .contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\b"))));
    }
};

QTEST_MAIN(DecisionAndPrintTest)
#include "DecisionAndPrintTest.moc"
