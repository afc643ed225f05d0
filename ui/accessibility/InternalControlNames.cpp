#include "accessibility/InternalControlNames.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QTableView>
#include <QToolButton>

namespace credit::ui {

namespace {

constexpr const char* kWatchedProperty = "_credit_choice_list_named";

QString comboName(const QComboBox* box)
{
    QString name = box->accessibleName();
    if (!name.isEmpty())
        return name;
    // A form label ("Genre :", "&Décision :") that points at the box names it for sighted users.
    if (const QWidget* window = box->window())
        for (const QLabel* label : window->findChildren<QLabel*>())
            if (label->buddy() == box) {
                name = label->text();
                name.remove(QLatin1Char('&'));
                while (name.endsWith(QLatin1Char(':')) || name.endsWith(QLatin1Char(' ')) ||
                       name.endsWith(QChar(0x00A0)))
                    name.chop(1);
                return name;
            }
    return {};
}

void nameChoiceList(QComboBox* box)
{
    const QString name = comboName(box);
    if (name.isEmpty())
        return;
    const QString listName =
        QCoreApplication::translate("credit::ui::InternalControlNames", "%1 : liste des choix")
            .arg(name);
    if (box->view()->accessibleName() != listName)
        box->view()->setAccessibleName(listName);
}

// Renames a combo box's popup list after whoever owns the box has renamed it: a language change
// reaches a parent's changeEvent (where widgets retranslate) before its children, so by the
// time the box itself sees the event, its new name is set.
class ChoiceListNamer : public QObject {
public:
    using QObject::QObject;

    static ChoiceListNamer& instance()
    {
        static QPointer<ChoiceListNamer> namer;
        if (!namer)
            namer = new ChoiceListNamer(QCoreApplication::instance());
        return *namer;
    }

    void watch(QComboBox* box)
    {
        if (box->property(kWatchedProperty).toBool())
            return;
        box->setProperty(kWatchedProperty, true);
        box->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange || event->type() == QEvent::Show)
            if (auto* box = qobject_cast<QComboBox*>(watched))
                nameChoiceList(box);
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void nameInternalControls(QWidget* root)
{
    if (!root)
        return;
    for (QComboBox* box : root->findChildren<QComboBox*>()) {
        nameChoiceList(box);
        ChoiceListNamer::instance().watch(box);
    }
    const QString cornerName = QCoreApplication::translate("credit::ui::InternalControlNames",
                                                           "Sélectionner tout le tableau");
    for (QTableView* table : root->findChildren<QTableView*>())
        for (QAbstractButton* button :
             table->findChildren<QAbstractButton*>(Qt::FindDirectChildrenOnly))
            button->setAccessibleName(cornerName);
    // A menu's popup is announced by its title, as its entry in the menu bar is.
    for (QMenu* menu : root->findChildren<QMenu*>()) {
        QString title = menu->title();
        title.remove(QLatin1Char('&'));
        if (!title.isEmpty())
            menu->setAccessibleName(title);
    }
    const QString clearName =
        QCoreApplication::translate("credit::ui::InternalControlNames", "Effacer le champ");
    for (QLineEdit* line : root->findChildren<QLineEdit*>())
        for (QToolButton* button : line->findChildren<QToolButton*>(Qt::FindDirectChildrenOnly))
            button->setAccessibleName(clearName);
}

} // namespace credit::ui
