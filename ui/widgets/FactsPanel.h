#pragma once

#include "explain/ClientFacts.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;

namespace credit::ui {

// The client's main facts as two forms (application, credit history): core's human label on
// the left, the formatted value with its unit on the right. Each value label is the buddy of
// its name label and carries "name: value" as accessible name.
class FactsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FactsPanel(QWidget* parent = nullptr);

    void setFacts(const explain::ClientFacts& facts);
    void clear();
    void setLanguage(const QString& language);
    void retranslate();

    // Value label of a fact by its key ("age", "income", ..., "lateInstalments"); null if absent.
    QLabel* valueLabel(const QString& key) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    QGroupBox* m_applicationBox = nullptr;
    QGroupBox* m_historyBox = nullptr;
    QFormLayout* m_applicationForm = nullptr;
    QFormLayout* m_historyForm = nullptr;
    std::optional<explain::ClientFacts> m_facts;
    QString m_language = QStringLiteral("fr");
};

} // namespace credit::ui
