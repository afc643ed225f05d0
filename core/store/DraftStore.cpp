#include "store/DraftStore.h"

#include "store/LocalStore.h"
#include "store/StoreQuery.h"

#include <QVariant>

namespace credit::store {

DraftStore::DraftStore(LocalStore& store) : store_(store) {}

void DraftStore::save(const QString& key, const QString& formJson)
{
    QSqlQuery query = prepared(store_.connectionName(),
                               QStringLiteral("INSERT OR REPLACE INTO drafts (draft_key, "
                                              "form_json, saved_at) VALUES (?,?,?)"));
    query.addBindValue(text(key));
    query.addBindValue(text(formJson));
    query.addBindValue(nowUtc());
    run(query, store_.path(), {"l'enregistrement du brouillon", "saving the draft"});
}

std::optional<Draft> DraftStore::draft(const QString& key) const
{
    QSqlQuery query = prepared(
        store_.connectionName(),
        QStringLiteral("SELECT draft_key, form_json, saved_at FROM drafts WHERE draft_key = ?"));
    query.addBindValue(text(key));
    run(query, store_.path(), {"la lecture du brouillon", "reading the draft"});
    if (!query.next())
        return std::nullopt;
    return Draft{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
}

void DraftStore::remove(const QString& key)
{
    QSqlQuery query =
        prepared(store_.connectionName(), QStringLiteral("DELETE FROM drafts WHERE draft_key = ?"));
    query.addBindValue(text(key));
    run(query, store_.path(), {"la suppression du brouillon", "removing the draft"});
}

} // namespace credit::store
