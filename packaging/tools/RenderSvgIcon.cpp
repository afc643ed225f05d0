// render-svg-icon: renders the application's SVG icon to a square PNG of a given size at build
// time, so that the PNG sizes desktop environments ask for never drift from the SVG and no image
// tool outside Qt is needed.
// Usage: render-svg-icon <input.svg> <size> <output.png>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char* argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: render-svg-icon <input.svg> <size> <output.png>\n");
        return 2;
    }
    // The offscreen platform lets the build run on machines without a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);

    const QString input = QString::fromLocal8Bit(argv[1]);
    bool sizeIsNumber = false;
    const int size = QString::fromLocal8Bit(argv[2]).toInt(&sizeIsNumber);
    const QString output = QString::fromLocal8Bit(argv[3]);
    if (!sizeIsNumber || size <= 0 || size > 4096) {
        std::fprintf(stderr,
                     "render-svg-icon: size '%s' is not a number of pixels between 1 and 4096\n",
                     argv[2]);
        return 2;
    }

    QSvgRenderer renderer(input);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "render-svg-icon: %s is not a readable SVG file\n", argv[1]);
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
    }
    if (!image.save(output, "PNG")) {
        std::fprintf(stderr, "render-svg-icon: cannot write %s\n", argv[3]);
        return 1;
    }
    return 0;
}
