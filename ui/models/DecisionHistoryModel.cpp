#include "models/DecisionHistoryModel.h"

#include "models/DisplayFormat.h"

#include <QDateTime>

#include <algorithm>

namespace credit::ui {

DecisionHistoryModel::DecisionHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void DecisionHistoryModel::setDecisions(std::vector<service::ServerDecision> decisions)
{
    std::sort(decisions.begin(), decisions.end(),
              [](const auto& a, const auto& b) { return a.sequence > b.sequence; });
    beginResetModel();
    m_decisions = std::move(decisions);
    endResetModel();
}

void DecisionHistoryModel::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_decisions.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DecisionHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_decisions.size());
}

int DecisionHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DecisionHistoryModel::text(const service::ServerDecision& decision, int column) const
{
    const QLocale locale = localeForLanguage(m_language);
    const auto word = [](const QString& code) {
        return decisionLabel(code == QLatin1String("grant"));
    };
    switch (column) {
    case RecordedAt: {
        // Shown in the workstation's time zone; the server records UTC.
        const QDateTime at = QDateTime::fromString(decision.recordedAt, Qt::ISODateWithMs);
        return at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat)
                            : decision.recordedAt;
    }
    case Client:
        return QString::number(decision.clientId);
    case Advisor:
        return decision.principalId;
    case AdvisorDecision:
        return word(decision.decision);
    case ModelDecision:
        return tr("%1 à %2").arg(word(decision.modelDecision),
                                 formatPercent(decision.probability, locale));
    case Override:
        return decision.overridesModel ? tr("Oui, dérogation") : tr("Non");
    case Justification:
        return decision.justification.isEmpty() ? QStringLiteral("\u2014") : decision.justification;
    case ModelVersion:
        return decision.modelVersion;
    default:
        return {};
    }
}

QVariant DecisionHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& decision = m_decisions[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(decision, index.column());
    case Qt::ToolTipRole:
        return index.column() == Justification ? QVariant(decision.justification) : QVariant();
    case ClientIdRole:
        return QVariant::fromValue<qlonglong>(decision.clientId);
    default:
        return {};
    }
}

QVariant DecisionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecordedAt:
        return tr("Date");
    case Client:
        return tr("N° client");
    case Advisor:
        return tr("Conseiller");
    case AdvisorDecision:
        return tr("Décision");
    case ModelDecision:
        return tr("Modèle");
    case Override:
        return tr("Dérogation");
    case Justification:
        return tr("Justification");
    case ModelVersion:
        return tr("Version du modèle");
    default:
        return {};
    }
}

} // namespace credit::ui
