#pragma once

#include "common/LocalizedText.h"

#include <QObject>
#include <QString>

namespace credit::store {
class DraftStore;
}

namespace credit::ui {

class ScenarioDocument;
struct ScenarioOrigin;

// Keeps what the advisor types in a client's file or a new application as a draft in the local
// store, written on every accepted change, so that a crash, a restart or a dead server loses none
// of it; when the same file is opened again, the draft's edits come back as one undoable step.
// A draft is removed once its content is saved, or when its edits are all undone.
class DraftKeeper : public QObject {
    Q_OBJECT
public:
    DraftKeeper(ScenarioDocument& document, store::DraftStore& drafts, QObject* parent = nullptr);

    // "client:<SK_ID_CURR>" or "application:new"; empty for a reopened saved scenario (already
    // kept by its repository).
    static QString keyOf(const ScenarioOrigin& origin);

signals:
    void restored(int fields);
    // The store refused to keep or read a draft: the advisor is told, the form is untouched.
    void failed(const credit::LocalizedText& problem);

private:
    void onReset();
    void onChanged();
    void onSaved();

    ScenarioDocument& m_document;
    store::DraftStore& m_drafts;
    bool m_restoring = false;
};

} // namespace credit::ui
