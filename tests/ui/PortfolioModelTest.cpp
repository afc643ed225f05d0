#include "models/PortfolioModel.h"

#include "SampleData.h"
#include "models/PortfolioFilterProxy.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

#include <algorithm>

using namespace credit::ui;

class PortfolioModelTest : public QObject {
    Q_OBJECT
private slots:
    void modelPassesTheItemModelTester();
    void proxyPassesTheItemModelTesterWhileFilteringAndSorting();
    void sortRoleReturnsNumbers();
    void sortsClientNumbersNumerically();
    void sortsProbabilitiesNumerically();
    void typedSortGivesTheSortRoleOrderOnEveryColumn();
    void sortingAgainOrdersTiesByThePreviousSort();
    void sortingKeepsTheSelectedClientSelected();
    void searchMatchesPartOfTheClientNumberIgnoringSpaces();
    void filtersByDecision();
    void searchAndDecisionFilterCombine();
    void displayFollowsTheLanguage();
    void rowOfClientFindsAndMisses();
    void rowOfClientFollowsEverySortAndAppend();
};

namespace {

// The client number shown on `row` of `model`.
long long clientAt(const QAbstractItemModel& model, int row)
{
    return model.index(row, 0).data(PortfolioModel::ClientIdRole).toLongLong();
}

} // namespace

void PortfolioModelTest::modelPassesTheItemModelTester()
{
    PortfolioModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(testing::samplePortfolio());
    model.setLanguage(QStringLiteral("en"));
    model.setEntries({});
    model.setEntries(testing::samplePortfolio());
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(PortfolioModel::ColumnCount));
}

void PortfolioModelTest::proxyPassesTheItemModelTesterWhileFilteringAndSorting()
{
    PortfolioModel model;
    PortfolioFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(testing::samplePortfolio());
    proxy.sort(PortfolioModel::Probability, Qt::DescendingOrder);
    proxy.setSearchText(QStringLiteral("1000"));
    proxy.setDecisionFilter(PortfolioFilterProxy::DecisionFilter::GrantedOnly);
    proxy.setSearchText(QString());
    proxy.setDecisionFilter(PortfolioFilterProxy::DecisionFilter::All);
    model.setEntries(testing::samplePortfolio());
    QCOMPARE(proxy.rowCount(), 6);
}

void PortfolioModelTest::sortRoleReturnsNumbers()
{
    PortfolioModel model;
    model.setEntries(testing::samplePortfolio());
    const QVariant id = model.index(0, PortfolioModel::ClientNumber).data(PortfolioModel::SortRole);
    const QVariant probability =
        model.index(0, PortfolioModel::Probability).data(PortfolioModel::SortRole);
    const QVariant amount =
        model.index(0, PortfolioModel::CreditAmount).data(PortfolioModel::SortRole);
    QCOMPARE(id.typeId(), QMetaType::LongLong);
    QCOMPARE(id.toLongLong(), 100002LL);
    QCOMPARE(probability.typeId(), QMetaType::Double);
    QCOMPARE(probability.toDouble(), 0.231);
    QCOMPARE(amount.typeId(), QMetaType::Double);
    QCOMPARE(amount.toDouble(), 406597.5);
    QCOMPARE(model.index(0, PortfolioModel::DecisionColumn).data(PortfolioModel::SortRole).toInt(),
             1);
}

void PortfolioModelTest::sortsClientNumbersNumerically()
{
    PortfolioModel model;
    model.setEntries(testing::samplePortfolio());
    PortfolioFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(PortfolioModel::ClientNumber, Qt::AscendingOrder);
    QList<qlonglong> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << clientAt(proxy, row);
    // As text "10" < "100002" < "9"; as numbers 9 comes first.
    QCOMPARE(ids, (QList<qlonglong>{9, 10, 100002, 100003, 100004, 200010}));
}

void PortfolioModelTest::sortsProbabilitiesNumerically()
{
    PortfolioModel model;
    model.setEntries(testing::samplePortfolio());
    PortfolioFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(PortfolioModel::Probability, Qt::DescendingOrder);
    QCOMPARE(clientAt(proxy, 0), 100002LL);
    QCOMPARE(clientAt(proxy, 5), 10LL);
    proxy.sort(PortfolioModel::CreditAmount, Qt::AscendingOrder);
    QCOMPARE(clientAt(proxy, 0), 9LL);
    QCOMPARE(clientAt(proxy, 5), 100003LL);
}

void PortfolioModelTest::typedSortGivesTheSortRoleOrderOnEveryColumn()
{
    // The model sorts its own rows, on one key per entry; a
    // plain QSortFilterProxyModel on SortRole, made afresh on the sorted rows, is the reference:
    // it keeps their order exactly when they are in SortRole order, in both languages.
    PortfolioModel model;
    model.setEntries(testing::samplePortfolio());
    PortfolioFilterProxy typed;
    typed.setSourceModel(&model);
    for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        model.setLanguage(language);
        for (int column = 0; column < PortfolioModel::ColumnCount; ++column) {
            for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                typed.sort(column, order);
                QSortFilterProxyModel reference;
                reference.setSortRole(PortfolioModel::SortRole);
                reference.setSourceModel(&model);
                reference.sort(column, order);
                QCOMPARE(typed.rowCount(), reference.rowCount());
                for (int row = 0; row < typed.rowCount(); ++row)
                    QCOMPARE(typed.index(row, 0).data(PortfolioModel::ClientIdRole),
                             reference.index(row, 0).data(PortfolioModel::ClientIdRole));
            }
        }
    }
}

void PortfolioModelTest::sortingAgainOrdersTiesByThePreviousSort()
{
    // As in any Qt list: sort on probability, then on the decision; within each decision the
    // clients stay ordered by probability.
    PortfolioModel model;
    model.setEntries(testing::samplePortfolio());
    PortfolioFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(PortfolioModel::Probability, Qt::DescendingOrder);
    proxy.sort(PortfolioModel::DecisionColumn, Qt::AscendingOrder);
    QList<qlonglong> order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order.append(clientAt(proxy, row));
    // Granted (0.099, 0.052, 0.041, 0.025), then refused (0.231, 0.150).
    QCOMPARE(order, (QList<qlonglong>{200010, 100004, 100003, 10, 100002, 9}));
    // No sort column: the file's order again.
    proxy.sort(-1);
    QCOMPARE(clientAt(proxy, 0), 100002LL);
    QCOMPARE(clientAt(proxy, 5), 200010LL);
}

void PortfolioModelTest::sortingKeepsTheSelectedClientSelected()
{
    PortfolioModel model;
    model.setEntries(testing::samplePortfolio());
    PortfolioFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QItemSelectionModel selection(&proxy);
    proxy.sort(PortfolioModel::ClientNumber, Qt::AscendingOrder);
    const int row = [&] {
        for (int r = 0; r < proxy.rowCount(); ++r)
            if (clientAt(proxy, r) == 100004)
                return r;
        return -1;
    }();
    selection.setCurrentIndex(proxy.index(row, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    for (int column = 0; column < PortfolioModel::ColumnCount; ++column) {
        proxy.sort(column, Qt::DescendingOrder);
        QCOMPARE(selection.currentIndex().data(PortfolioModel::ClientIdRole).toLongLong(),
                 100004LL);
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().front().data(PortfolioModel::ClientIdRole).toLongLong(),
                 100004LL);
    }
}

void PortfolioModelTest::searchMatchesPartOfTheClientNumberIgnoringSpaces()
{
    PortfolioModel model;
    model.setEntries(testing::samplePortfolio());
    PortfolioFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setSearchText(QStringLiteral("100 00"));
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setSearchText(QStringLiteral("200010"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(clientAt(proxy, 0), 200010LL);
    proxy.setSearchText(QStringLiteral("777"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 6);
}

void PortfolioModelTest::filtersByDecision()
{
    PortfolioModel model;
    model.setEntries(testing::samplePortfolio());
    PortfolioFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setDecisionFilter(PortfolioFilterProxy::DecisionFilter::RefusedOnly);
    QCOMPARE(proxy.rowCount(), 2);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(
            proxy.index(row, PortfolioModel::DecisionColumn).data(PortfolioModel::SortRole).toInt(),
            1);
    proxy.setDecisionFilter(PortfolioFilterProxy::DecisionFilter::GrantedOnly);
    QCOMPARE(proxy.rowCount(), 4);
}

void PortfolioModelTest::searchAndDecisionFilterCombine()
{
    PortfolioModel model;
    model.setEntries(testing::samplePortfolio());
    PortfolioFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setSearchText(QStringLiteral("1000"));
    proxy.setDecisionFilter(PortfolioFilterProxy::DecisionFilter::RefusedOnly);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(clientAt(proxy, 0), 100002LL);
}

void PortfolioModelTest::displayFollowsTheLanguage()
{
    PortfolioModel model;
    model.setEntries(testing::samplePortfolio());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex probability = model.index(0, PortfolioModel::Probability);
    const QModelIndex contract = model.index(0, PortfolioModel::ContractType);
    QCOMPARE(probability.data().toString(), QStringLiteral("23,1\u202F%"));
    QCOMPARE(contract.data().toString(), QStringLiteral("Prêt en espèces"));
    model.setLanguage(QStringLiteral("en"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(probability.data().toString(), QStringLiteral("23.1%"));
    QCOMPARE(contract.data().toString(), QStringLiteral("Cash loans"));
    QVERIFY(
        model.index(0, PortfolioModel::DecisionColumn).data().toString().contains(QChar(0x2717)));
}

void PortfolioModelTest::rowOfClientFindsAndMisses()
{
    PortfolioModel model;
    model.setEntries(testing::samplePortfolio());
    QCOMPARE(model.rowOfClient(9), 3);
    QCOMPARE(model.rowOfClient(123), -1);
}

namespace {

// The server's paged list appends rows; this exposes the same protected call.
class AppendingPortfolioModel : public PortfolioModel {
public:
    using PortfolioModel::appendEntries;
};

// Every client's row, by scanning the rows as shown (what rowOfClient must agree with).
void verifyEveryRowFound(const PortfolioModel& model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const long long id = model.index(row, 0).data(PortfolioModel::ClientIdRole).toLongLong();
        int first = 0;
        while (model.index(first, 0).data(PortfolioModel::ClientIdRole).toLongLong() != id)
            ++first;
        QCOMPARE(model.rowOfClient(id), first);
    }
}

} // namespace

void PortfolioModelTest::rowOfClientFollowsEverySortAndAppend()
{
    AppendingPortfolioModel model;
    // Not in client order, with one client listed twice.
    auto entries = testing::samplePortfolio();
    std::reverse(entries.begin(), entries.end());
    entries.push_back(entries.front());
    model.setEntries(entries);
    verifyEveryRowFound(model);
    for (int column = -1; column < PortfolioModel::ColumnCount; ++column)
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            verifyEveryRowFound(model);
        }
    auto more = testing::samplePortfolio();
    for (auto& entry : more)
        entry.clientId += 1000;
    model.appendEntries(more);
    verifyEveryRowFound(model);
    QVERIFY(model.rowOfClient(1009) >= 0);
    QCOMPARE(model.rowOfClient(4242), -1);
}

QTEST_GUILESS_MAIN(PortfolioModelTest)
#include "PortfolioModelTest.moc"
