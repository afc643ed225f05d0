#pragma once

#include "explain/ClientFacts.h"

#include <QWidget>

#include <optional>
#include <vector>

class QFormLayout;
class QGroupBox;
class QLabel;

namespace credit::ui {

// The client's main facts as two forms (application, credit history): core's human label on
// the left, the formatted value with its unit on the right. Each value label is the buddy of
// its name label and carries "name: value" as accessible name. The rows are made once; a new
// client changes their texts only (no widget created or destroyed per selection: issue 24).
class FactsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FactsPanel(QWidget* parent = nullptr);

    void setFacts(const explain::ClientFacts& facts);
    void clear();
    void setLanguage(const QString& language);
    void retranslate();

    // Value label of a fact by its key ("age", "income", ..., "lateInstalments"); null for an
    // unknown key. Hidden while no client is shown.
    QLabel* valueLabel(const QString& key) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct FactRow {
        QFormLayout* form = nullptr;
        QLabel* name = nullptr;
        QLabel* value = nullptr;
    };
    void rebuild();

    std::vector<FactRow> m_rows; // application facts, then history facts, in display order
    QLabel* m_noClient = nullptr;
    QGroupBox* m_applicationBox = nullptr;
    QGroupBox* m_historyBox = nullptr;
    QFormLayout* m_applicationForm = nullptr;
    QFormLayout* m_historyForm = nullptr;
    std::optional<explain::ClientFacts> m_facts;
    QString m_language = QStringLiteral("fr");
};

} // namespace credit::ui
