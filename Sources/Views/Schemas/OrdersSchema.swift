// Generated from schemas/orders.schema.json; SchemaFileTests keeps the two identical.
extension JSONSchemas {
    /// The order file, JSON form (the KDL form uses the same names).
    public static let orders = ##"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "urn:ec4x:schema:orders",
      "title": "EC4X order file (JSON form)",
      "description": "One house's orders for one turn, dropped in houses/<slug>/orders/. The KDL form uses the same names. Unknown fields are refused. Entities are named by full id or a unique prefix of at least 8 characters; houses also by slug. An empty file body with the header is a valid submission.",
      "type": "object",
      "additionalProperties": false,
      "required": ["game", "house", "turn"],
      "properties": {
        "game": {"type": "string", "minLength": 1, "description": "The game's id."},
        "house": {"type": "string", "minLength": 1, "description": "The house's slug, as in its folder name."},
        "turn": {"type": "integer", "minimum": 1, "description": "The turn the orders are for (the view's game.turn)."},
        "token": {"type": "string", "description": "The house's secret; not needed in open games."},
        "state_hash": {"type": "string", "description": "The view's state_hash the orders were written against (informational)."},
        "fleet_orders": {"type": "array", "items": {"$ref": "#/$defs/fleetOrder"}},
        "builds": {"type": "array", "items": {"$ref": "#/$defs/build"}},
        "diplomacy": {"type": "array", "items": {"$ref": "#/$defs/proposal"}}
      },
      "$defs": {
        "fleetOrder": {
          "type": "object",
          "additionalProperties": false,
          "required": ["fleet", "order"],
          "properties": {
            "fleet": {"type": "string", "minLength": 1, "description": "One of your fleets."},
            "order": {"enum": ["hold", "move", "patrol", "colonize", "join", "rendezvous", "blockade", "invade"]},
            "to": {"type": "string", "minLength": 1, "description": "A system (every order but hold and join; optional for colonize)."},
            "target": {"type": "string", "minLength": 1, "description": "Another fleet of yours (join only)."}
          },
          "allOf": [
            {
              "if": {"properties": {"order": {"enum": ["move", "patrol", "rendezvous", "blockade", "invade"]}}},
              "then": {"required": ["to"], "properties": {"target": false}}
            },
            {
              "if": {"properties": {"order": {"const": "colonize"}}},
              "then": {"properties": {"target": false}}
            },
            {
              "if": {"properties": {"order": {"const": "join"}}},
              "then": {"required": ["target"], "properties": {"to": false}}
            },
            {
              "if": {"properties": {"order": {"const": "hold"}}},
              "then": {"properties": {"to": false, "target": false}}
            }
          ]
        },
        "build": {
          "type": "object",
          "additionalProperties": false,
          "required": ["colony", "item"],
          "properties": {
            "colony": {"type": "string", "minLength": 1, "description": "One of your colonies."},
            "item": {"enum": ["military", "spacelift", "defenses", "industry", "starbase"]},
            "quantity": {"type": "integer", "minimum": 1, "description": "Default 1; at most the rules' maxBuildQuantity (50 unless the scenario says otherwise)."}
          }
        },
        "proposal": {
          "type": "object",
          "additionalProperties": false,
          "required": ["house", "propose"],
          "properties": {
            "house": {"type": "string", "minLength": 1, "description": "Another house, by slug or id."},
            "propose": {"enum": ["war", "peace", "nap", "alliance"]}
          }
        }
      }
    }

    """##
}
