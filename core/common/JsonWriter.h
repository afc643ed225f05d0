#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace credit::common {

// Writes compact JSON text straight into a string, for answers on a hot path: building an
// nlohmann DOM and dumping it cost the scoring API more than the TreeSHAP call it returns
// (docs/performance.md). Commas are placed automatically; keys and values must alternate inside
// objects (the caller's structure, not checked at run time). Numbers use the shortest text that
// reads back to the same double; NaN and infinities are written as null, as nlohmann does.
class JsonWriter {
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view name);

    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
    JsonWriter& value(double number);
    JsonWriter& value(long long number);
    JsonWriter& value(bool flag);
    JsonWriter& null();

    // Room for the expected text, so a large answer is not copied each time the string grows.
    void reserve(std::size_t bytes) { out_.reserve(bytes); }

    const std::string& text() const { return out_; }
    std::string take() { return std::move(out_); }

private:
    void separate();
    void writeString(std::string_view text);

    std::string out_;
    // One entry per open object or array: whether it already holds an element.
    std::vector<bool> hasElement_;
    bool afterKey_ = false;
};

} // namespace credit::common
