#pragma once

#include <QString>

#include <optional>

namespace credit::store {

class LocalStore;

// A form being typed, kept as it is typed so that a crash, a restart or a dead network loses
// none of it.
struct Draft {
    QString key;      // "client:100002" or "application:new"
    QString formJson; // the document's fields as the JSON client record, edits included
    QString savedAt;
};

// The local store's drafts (schema version 2): one per open form, replaced on each change and
// removed once the form's content is saved (to the outbox or the server).
class DraftStore {
public:
    explicit DraftStore(LocalStore& store);

    void save(const QString& key, const QString& formJson); // throws StoreError
    std::optional<Draft> draft(const QString& key) const;
    void remove(const QString& key);

private:
    LocalStore& store_;
};

} // namespace credit::store
