#pragma once

#include "explain/Explanation.h"

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QTableView;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace credit::store {
class LocalStore;
struct DecisionEntry;
} // namespace credit::store

namespace credit::ui {

// "Décision": the advisor confirms the model's decision or overrides it. An override needs a
// written justification (refused with a message otherwise). The decision is appended to the
// local store with the time, the OS user, model version, probability, threshold and the reasons
// shown; nothing recorded can be changed afterwards.
class DecisionPanel : public QWidget {
    Q_OBJECT
public:
    explicit DecisionPanel(QWidget* parent = nullptr);

    void setStore(store::LocalStore* store); // not owned
    // Server mode: where a decision goes instead of the local decision log (the controller
    // queues it in the outbox for the server). Returns the outbox entry's number; throws
    // store::StoreError when it could not be kept. An empty function restores the local log.
    using ServerRecorder = std::function<qint64(const store::DecisionEntry&)>;
    void setServerRecorder(ServerRecorder recorder);
    // Server mode: the client's decisions on the server (who, when, model version, probability,
    // override, justification), shown under the form; null hides the list (local mode).
    void setHistoryModel(QAbstractItemModel* model);
    QTableView* historyView() const { return m_history; }
    void setLanguage(const QString& language);
    void setClient(const QString& clientId, const explain::Explanation& explanation);

    void chooseConfirm();
    void chooseOverride();
    void setJustification(const QString& text);
    QString justification() const;
    // Records the decision; false with the reason shown in statusText() when refused.
    bool record();
    QString statusText() const;

signals:
    void decisionRecorded(qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    store::LocalStore* m_store = nullptr;
    ServerRecorder m_serverRecorder;
    QString m_language = QStringLiteral("fr");
    QString m_clientId;
    std::optional<explain::Explanation> m_explanation;
    QLabel* m_model = nullptr;
    QRadioButton* m_confirm = nullptr;
    QRadioButton* m_override = nullptr;
    QLabel* m_justificationLabel = nullptr;
    QPlainTextEdit* m_justification = nullptr;
    QPushButton* m_record = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_historyLabel = nullptr;
    QTableView* m_history = nullptr;
    // Words the status line again after a language switch (empty: no status).
    std::function<QString()> m_statusWording;
    void showStatus(std::function<QString()> wording);
};

} // namespace credit::ui
