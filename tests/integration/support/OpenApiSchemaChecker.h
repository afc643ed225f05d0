#pragma once

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace credit::testing {

using nlohmann::json;

// JSON-schema-lite: $ref, type, required, properties, items, enum, minimum/maximum, maxItems.
class SchemaChecker {
public:
    explicit SchemaChecker(const json& document) : document_(document) {}

    const json& resolve(const json& schema) const
    {
        if (!schema.contains("$ref"))
            return schema;
        const auto reference = schema["$ref"].get<std::string>();
        REQUIRE(reference.rfind("#/", 0) == 0);
        return resolve(document_.at(json::json_pointer(reference.substr(1))));
    }

    // Appends "path: problem" for everything the value does not satisfy.
    void check(const json& schemaOrRef, const json& value, const std::string& path,
               std::vector<std::string>& problems) const
    {
        const auto& schema = resolve(schemaOrRef);
        if (value.is_null() && schema.value("nullable", false))
            return; // OpenAPI 3.0: null is allowed where the schema says nullable
        if (schema.contains("type") && !hasType(value, schema["type"].get<std::string>())) {
            problems.push_back(path + ": expected " + schema["type"].get<std::string>() + ", got " +
                               value.type_name());
            return;
        }
        if (schema.contains("enum")) {
            bool found = false;
            for (const auto& allowed : schema["enum"])
                found = found || allowed == value;
            if (!found)
                problems.push_back(path + ": " + value.dump() + " is not one of " +
                                   schema["enum"].dump());
        }
        if (value.is_number()) {
            if (schema.contains("minimum") && value.get<double>() < schema["minimum"].get<double>())
                problems.push_back(path + ": below the documented minimum");
            if (schema.contains("maximum") && value.get<double>() > schema["maximum"].get<double>())
                problems.push_back(path + ": above the documented maximum");
        }
        if (value.is_object()) {
            for (const auto& name : schema.value("required", json::array()))
                if (!value.contains(name.get<std::string>()))
                    problems.push_back(path + ": required property " + name.get<std::string>() +
                                       " is missing");
            const auto properties = schema.value("properties", json::object());
            for (const auto& [name, propertySchema] : properties.items())
                if (value.contains(name))
                    check(propertySchema, value[name], path + "." + name, problems);
        }
        if (value.is_array()) {
            if (schema.contains("maxItems") && value.size() > schema["maxItems"].get<std::size_t>())
                problems.push_back(path + ": more items than the documented maxItems");
            if (schema.contains("items"))
                for (std::size_t i = 0; i < value.size(); ++i)
                    check(schema["items"], value[i], path + "[" + std::to_string(i) + "]",
                          problems);
        }
    }

private:
    static bool hasType(const json& value, const std::string& type)
    {
        if (type == "object")
            return value.is_object();
        if (type == "array")
            return value.is_array();
        if (type == "string")
            return value.is_string();
        if (type == "integer")
            return value.is_number_integer() ||
                   (value.is_number_float() &&
                    value.get<double>() == static_cast<double>(value.get<long long>()));
        if (type == "number")
            return value.is_number();
        if (type == "boolean")
            return value.is_boolean();
        return false;
    }

    const json& document_;
};

} // namespace credit::testing
