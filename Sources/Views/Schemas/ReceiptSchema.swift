// Generated from schemas/receipt.schema.json; SchemaFileTests keeps the two identical.
extension JSONSchemas {
    /// The receipt the daemon writes for every file received.
    public static let receipt = ##"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "urn:ec4x:schema:receipt",
      "title": "EC4X receipt",
      "description": "The daemon's answer to one file received in houses/<slug>/orders/, written to houses/<slug>/receipts/. A rejected file lists every error; the house's last accepted submission for the turn stays in force.",
      "type": "object",
      "additionalProperties": false,
      "required": ["file", "kept_as", "received_at", "status", "game", "house", "turn", "errors", "orders_in_force", "waiting_for"],
      "properties": {
        "file": {"type": "string", "description": "The name the file had in orders/."},
        "kept_as": {"type": "string", "description": "Where the received file was moved, relative to the game folder."},
        "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$", "description": "SHA-256 of the file's bytes (absent when the file could not be read)."},
        "received_at": {"type": "string", "description": "ISO 8601 time, UTC."},
        "status": {"enum": ["accepted", "rejected", "duplicate"]},
        "game": {"type": "string"},
        "house": {"type": "string", "description": "The house's slug."},
        "turn": {"type": "integer", "description": "The turn the file was for (when it said), else the game's current turn."},
        "errors": {"type": "array", "items": {"$ref": "#/$defs/error"}},
        "orders_in_force": {"type": "integer", "minimum": 0, "description": "Orders in force for this house and turn after this file."},
        "waiting_for": {"type": "array", "items": {"type": "string"}, "description": "Slugs of the houses whose orders the turn still waits for."},
        "duplicate_of": {"type": "string", "description": "For a duplicate: the receipt of the earlier identical file."}
      },
      "$defs": {
        "error": {
          "type": "object",
          "additionalProperties": false,
          "required": ["code", "path", "message"],
          "properties": {
            "code": {"type": "string", "minLength": 1, "description": "Stable code, e.g. order.unknown_fleet."},
            "path": {"type": "string", "description": "JSON path of the problem, e.g. fleet_orders[2].to; $ for the whole file."},
            "message": {"type": "string", "minLength": 1},
            "line": {"type": "integer", "minimum": 1},
            "column": {"type": "integer", "minimum": 1}
          }
        }
      }
    }

    """##
}
