#include "document/DraftKeeper.h"

#include "document/ScenarioDocument.h"
#include "store/DraftStore.h"
#include "store/StoreError.h"

#include <nlohmann/json.hpp>

namespace credit::ui {

DraftKeeper::DraftKeeper(ScenarioDocument& document, store::DraftStore& drafts, QObject* parent)
    : QObject(parent), m_document(document), m_drafts(drafts)
{
    connect(&m_document, &ScenarioDocument::documentReset, this, &DraftKeeper::onReset);
    connect(&m_document, &ScenarioDocument::fieldChanged, this, &DraftKeeper::onChanged);
    connect(&m_document, &ScenarioDocument::saved, this, &DraftKeeper::onSaved);
}

QString DraftKeeper::keyOf(const ScenarioOrigin& origin)
{
    if (origin.saved)
        return {};
    if (origin.kind == ScenarioKind::NewApplication)
        return QStringLiteral("application:new");
    return origin.clientId.isEmpty() ? QString() : QStringLiteral("client:") + origin.clientId;
}

void DraftKeeper::onReset()
{
    const QString key = keyOf(m_document.origin());
    if (key.isEmpty())
        return;
    try {
        const auto draft = m_drafts.draft(key);
        if (!draft)
            return;
        const auto edits = nlohmann::json::parse(draft->formJson.toStdString(), nullptr, false);
        if (!edits.is_object() || edits.empty())
            return;
        m_restoring = true;
        m_document.restoreEdits(edits);
        m_restoring = false;
        emit restored(static_cast<int>(edits.size()));
    } catch (const store::StoreError& error) {
        m_restoring = false;
        emit failed(error.text());
    }
}

void DraftKeeper::onChanged()
{
    if (m_restoring)
        return; // the draft being put back is already what the store holds
    const QString key = keyOf(m_document.origin());
    if (key.isEmpty())
        return;
    try {
        if (m_document.edits().empty())
            m_drafts.remove(key);
        else
            m_drafts.save(key, QString::fromStdString(m_document.edits().dump()));
    } catch (const store::StoreError& error) {
        emit failed(error.text());
    }
}

void DraftKeeper::onSaved()
{
    const QString key = keyOf(m_document.origin());
    if (key.isEmpty())
        return;
    try {
        m_drafts.remove(key);
    } catch (const store::StoreError& error) {
        emit failed(error.text());
    }
}

} // namespace credit::ui
