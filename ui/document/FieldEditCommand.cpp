#include "document/FieldEditCommand.h"

#include "document/ScenarioDocument.h"

namespace credit::ui {

FieldEditCommand::FieldEditCommand(ScenarioDocument* document, std::string column,
                                   nlohmann::json value, const QString& text, bool mergeable)
    : QUndoCommand(text), m_document(document), m_column(std::move(column)),
      m_before(document->editOf(m_column)), m_after(std::move(value)), m_mergeable(mergeable)
{}

void FieldEditCommand::redo()
{
    if (m_document)
        m_document->setEdit(m_column, m_after);
}

void FieldEditCommand::undo()
{
    if (m_document)
        m_document->setEdit(m_column, m_before);
}

bool FieldEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const FieldEditCommand*>(other);
    if (next->m_column != m_column || !next->m_mergeable)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace credit::ui
