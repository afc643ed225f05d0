#pragma once

#include "explain/Explanation.h"

#include <QWidget>

#include <optional>

class QGroupBox;
class QLabel;
class QVBoxLayout;

namespace credit::ui {

class WrappedLabel;

// Core's reason sentences in two groups: what weighs against the application and what
// supports it. Each sentence is its own label with an accessible name that repeats the group,
// so a screen reader reading one label out of context still says which side it is on.
class ReasonsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReasonsPanel(QWidget* parent = nullptr);

    void setExplanation(const explain::Explanation& explanation);
    void clear();
    void setLanguage(const QString& language);
    void retranslate();

    // The labels currently shown, in order (for tests and for the main window's tab order).
    QList<QLabel*> adverseLabels() const { return m_adverseLabels; }
    QList<QLabel*> favourableLabels() const { return m_favourableLabels; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void fill(QVBoxLayout* layout, QList<WrappedLabel*>& pool, QList<QLabel*>& labels,
              const std::vector<explain::Reason>& reasons, bool adverse);

    QGroupBox* m_adverseBox = nullptr;
    QGroupBox* m_favourableBox = nullptr;
    QVBoxLayout* m_adverseLayout = nullptr;
    QVBoxLayout* m_favourableLayout = nullptr;
    // Labels are kept and reused from one client to the next (the shown ones are the first
    // of each pool, the rest hidden): no widget is created or destroyed per selection.
    QList<WrappedLabel*> m_adversePool;
    QList<WrappedLabel*> m_favourablePool;
    QList<QLabel*> m_adverseLabels;
    QList<QLabel*> m_favourableLabels;
    std::optional<explain::Explanation> m_explanation;
    QString m_language = QStringLiteral("fr");
};

} // namespace credit::ui
