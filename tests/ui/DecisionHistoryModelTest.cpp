// The server's decision log as the Decision tab and the review queue show it: newest first,
// every column worded in the current language, an override said in words, Qt's model checks.
#include "models/DecisionHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace credit;
using credit::ui::DecisionHistoryModel;

namespace {

service::ServerDecision decision(qint64 sequence, const QString& decided, const QString& model,
                                 const QString& justification)
{
    service::ServerDecision entry;
    entry.sequence = sequence;
    entry.clientId = 100000 + sequence;
    entry.decision = decided;
    entry.modelDecision = model;
    entry.overridesModel = decided != model;
    entry.justification = justification;
    entry.modelVersion = QStringLiteral("2026-12-07-1dfb57e8");
    entry.probability = 0.123;
    entry.threshold = 0.079;
    entry.recordedAt = QStringLiteral("2026-12-07T08:15:00.000Z");
    entry.principalId = QStringLiteral("a.martin");
    entry.principalRole = QStringLiteral("advisor");
    return entry;
}

} // namespace

class DecisionHistoryModelTest : public QObject {
    Q_OBJECT
private slots:
    void newestFirstWithEveryColumnWorded();
    void followsTheLanguage();
};

void DecisionHistoryModelTest::newestFirstWithEveryColumnWorded()
{
    DecisionHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDecisions({decision(1, QStringLiteral("refuse"), QStringLiteral("refuse"), {}),
                        decision(2, QStringLiteral("grant"), QStringLiteral("refuse"),
                                 QStringLiteral("Garant solide"))});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(DecisionHistoryModel::ColumnCount));
    // Newest first: the override recorded second is the first row.
    QCOMPARE(model.index(0, DecisionHistoryModel::Client).data().toString(),
             QStringLiteral("100002"));
    QCOMPARE(model.index(0, DecisionHistoryModel::Client)
                 .data(DecisionHistoryModel::ClientIdRole)
                 .toLongLong(),
             100002LL);
    QCOMPARE(model.index(0, DecisionHistoryModel::AdvisorDecision).data().toString(),
             QStringLiteral("\u2713 Accordé"));
    QCOMPARE(model.index(0, DecisionHistoryModel::ModelDecision).data().toString(),
             QStringLiteral("\u2717 Refusé à 12,3\u202F%"));
    QCOMPARE(model.index(0, DecisionHistoryModel::Override).data().toString(),
             QStringLiteral("Oui, dérogation"));
    QCOMPARE(model.index(1, DecisionHistoryModel::Override).data().toString(),
             QStringLiteral("Non"));
    QCOMPARE(model.index(0, DecisionHistoryModel::Justification).data().toString(),
             QStringLiteral("Garant solide"));
    QCOMPARE(model.index(1, DecisionHistoryModel::Justification).data().toString(),
             QStringLiteral("\u2014"));
    QCOMPARE(model.index(0, DecisionHistoryModel::Advisor).data().toString(),
             QStringLiteral("a.martin"));
    QVERIFY(!model.index(0, DecisionHistoryModel::RecordedAt).data().toString().isEmpty());
    QVERIFY(model.index(0, DecisionHistoryModel::RecordedAt).data().toString() !=
            QStringLiteral("2026-12-07T08:15:00.000Z")); // a local date, not the wire text
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    model.setDecisions({});
    QCOMPARE(model.rowCount(), 0);
}

void DecisionHistoryModelTest::followsTheLanguage()
{
    DecisionHistoryModel model;
    model.setDecisions({decision(3, QStringLiteral("grant"), QStringLiteral("grant"), {})});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(QStringLiteral("en"));
    QCOMPARE(changed.count(), 1);
    // The percentage follows the language's number format.
    QVERIFY(model.index(0, DecisionHistoryModel::ModelDecision)
                .data()
                .toString()
                .contains(QStringLiteral("12.3")));
}

QTEST_GUILESS_MAIN(DecisionHistoryModelTest)
#include "DecisionHistoryModelTest.moc"
