#pragma once

#include <array>
#include <cstddef>
#include <optional>

namespace credit::ui {

// The heights a widget gave for the last few widths a layout asked about. One relayout of the
// window asks a height-for-width widget several times, at several widths; a widget whose answer
// costs a text layout (WrappedLabel, ScoreGauge) answers a repeated width from here. Its owner
// forgets them whenever what the height depends on changes.
class HeightsByWidth {
public:
    std::optional<int> find(int width) const
    {
        for (const Measured& measured : m_measured)
            if (measured.width == width)
                return measured.height;
        return std::nullopt;
    }

    void remember(int width, int height)
    {
        m_measured[m_next] = {width, height};
        m_next = (m_next + 1) % m_measured.size();
    }

    void forget()
    {
        m_measured.fill(Measured{});
        m_next = 0;
    }

private:
    struct Measured {
        int width = -1; // no layout asks for a negative width
        int height = 0;
    };
    std::array<Measured, 4> m_measured{};
    std::size_t m_next = 0;
};

} // namespace credit::ui
