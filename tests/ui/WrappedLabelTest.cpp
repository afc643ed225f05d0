#include "widgets/WrappedLabel.h"

#include <QFormLayout>
#include <QtTest>

using namespace credit::ui;

// WrappedLabel remembers heights and computes its hints from font metrics; what a layout reads
// from it must stay what QLabel itself would say, or text is clipped or left with gaps.
class WrappedLabelTest : public QObject {
    Q_OBJECT
private slots:
    void heightsAreQLabelsAtEveryWidth_data();
    void heightsAreQLabelsAtEveryWidth();
    void heightsFollowTheTextAndTheFont();
    void hintsAreQLabelsForAPlainLabel();
    void laidOutInAFormTheTextIsNeverClipped();
    void textIsSelectableWhilePointedAndKeepsASelection();
};

namespace {

const QString shortFact = QStringLiteral("33 ans");
const QString longReason =
    QStringLiteral("\u25B2 Les sources externes d'évaluation du dossier sont basses, ce qui "
                   "augmente nettement le risque estimé (+12 points)");

// Every width from 1 to 600 pixels, narrowest last, then widest again: the one-line shortcut and
// the remembered heights are both exercised, in an order no layout uses.
QList<int> widthsToAsk()
{
    QList<int> widths;
    for (int width = 600; width >= 1; width -= 7)
        widths << width;
    widths << 600 << 37 << 90 << 600;
    return widths;
}

} // namespace

void WrappedLabelTest::heightsAreQLabelsAtEveryWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("interaction");
    QTest::newRow("short fact, selectable") << shortFact << int(Qt::TextSelectableByMouse);
    QTest::newRow("long reason, selectable") << longReason << int(Qt::TextSelectableByMouse);
    QTest::newRow("long reason, plain") << longReason << int(Qt::NoTextInteraction);
    QTest::newRow("two paragraphs, selectable")
        << QStringLiteral("Première ligne.\nDeuxième ligne, plus longue que la première.")
        << int(Qt::TextSelectableByMouse);
    QTest::newRow("rich text") << QStringLiteral("<b>Refusé</b> : le risque dépasse le seuil de "
                                                 "décision de la banque")
                               << int(Qt::TextSelectableByMouse);
}

void WrappedLabelTest::heightsAreQLabelsAtEveryWidth()
{
    QFETCH(QString, text);
    QFETCH(int, interaction);
    WrappedLabel wrapped(text);
    QLabel plain(text);
    plain.setWordWrap(true);
    for (QLabel* label : {static_cast<QLabel*>(&wrapped), &plain})
        label->setTextInteractionFlags(Qt::TextInteractionFlags(interaction));
    for (int width : widthsToAsk())
        QCOMPARE(wrapped.heightForWidth(width), plain.heightForWidth(width));
}

void WrappedLabelTest::heightsFollowTheTextAndTheFont()
{
    WrappedLabel wrapped(shortFact);
    wrapped.setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int oneLine = wrapped.heightForWidth(300);
    QCOMPARE(wrapped.heightForWidth(400), oneLine);

    wrapped.setText(longReason);
    QVERIFY2(wrapped.heightForWidth(300) > oneLine, "a new text must be measured again");
    QLabel reference(longReason);
    reference.setWordWrap(true);
    QCOMPARE(wrapped.heightForWidth(300), reference.heightForWidth(300));

    QFont larger = wrapped.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    const int before = wrapped.heightForWidth(300);
    wrapped.setFont(larger);
    reference.setFont(larger);
    QVERIFY2(wrapped.heightForWidth(300) > before, "a larger font must be measured again");
    QCOMPARE(wrapped.heightForWidth(300), reference.heightForWidth(300));

    wrapped.setContentsMargins(10, 10, 10, 10);
    reference.setContentsMargins(10, 10, 10, 10);
    QCOMPARE(wrapped.heightForWidth(300), reference.heightForWidth(300));
}

void WrappedLabelTest::hintsAreQLabelsForAPlainLabel()
{
    // For a label without interaction QLabel uses the same font metrics, so the hints agree
    // exactly; a selectable one keeps these hints instead of three text-document layouts.
    for (const QString& text : {shortFact, longReason}) {
        WrappedLabel wrapped(text);
        QLabel plain(text);
        plain.setWordWrap(true);
        QCOMPARE(wrapped.sizeHint(), plain.sizeHint());
        QCOMPARE(wrapped.minimumSizeHint(), plain.minimumSizeHint());
        wrapped.setTextInteractionFlags(Qt::TextSelectableByMouse);
        QCOMPARE(wrapped.sizeHint(), plain.sizeHint());
        QCOMPARE(wrapped.minimumSizeHint(), plain.minimumSizeHint());
        wrapped.setMargin(4);
        plain.setMargin(4);
        QCOMPARE(wrapped.sizeHint(), plain.sizeHint());
        QCOMPARE(wrapped.minimumSizeHint(), plain.minimumSizeHint());
    }
}

void WrappedLabelTest::laidOutInAFormTheTextIsNeverClipped()
{
    // Real layout at several window widths: each selectable label gets at least the height its
    // text needs at the width it was given.
    QWidget window;
    auto* form = new QFormLayout(&window);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    QList<WrappedLabel*> values;
    for (const QString& text : {shortFact, longReason, QStringLiteral("1 077 602 €")}) {
        auto* value = new WrappedLabel(text);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(QStringLiteral("Élément"), value);
        values << value;
    }
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (int width : {220, 320, 480, 900}) {
        window.resize(width, window.heightForWidth(width));
        QApplication::processEvents();
        for (WrappedLabel* value : values) {
            QLabel reference(value->text());
            reference.setWordWrap(true);
            reference.setTextInteractionFlags(Qt::TextSelectableByMouse);
            QVERIFY2(
                value->height() >= reference.heightForWidth(value->width()),
                qPrintable(
                    QStringLiteral("%1 clipped at window width %2").arg(value->text()).arg(width)));
        }
    }
}

void WrappedLabelTest::textIsSelectableWhilePointedAndKeepsASelection()
{
    WrappedLabel label(longReason);
    label.setSelectableWhenPointed(true);
    QCOMPARE(label.textInteractionFlags(), Qt::TextInteractionFlags(Qt::NoTextInteraction));

    QEnterEvent enter(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5));
    QCoreApplication::sendEvent(&label, &enter);
    QVERIFY(label.textInteractionFlags() & Qt::TextSelectableByMouse);
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(&label, &leave);
    QCOMPARE(label.textInteractionFlags(), Qt::TextInteractionFlags(Qt::NoTextInteraction));

    // A selection made while pointed is still there to copy after the pointer left.
    QCoreApplication::sendEvent(&label, &enter);
    label.setSelection(2, 10);
    QVERIFY(label.hasSelectedText());
    QCoreApplication::sendEvent(&label, &leave);
    QVERIFY(label.textInteractionFlags() & Qt::TextSelectableByMouse);
    QCOMPARE(label.selectedText(), longReason.mid(2, 10));

    // Off: plain text whatever the pointer does.
    label.setSelectableWhenPointed(false);
    QCoreApplication::sendEvent(&label, &enter);
    QCOMPARE(label.textInteractionFlags(), Qt::TextInteractionFlags(Qt::NoTextInteraction));
}

QTEST_MAIN(WrappedLabelTest)
#include "WrappedLabelTest.moc"
