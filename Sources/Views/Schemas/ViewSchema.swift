// Generated from schemas/view.schema.json; SchemaFileTests keeps the two identical.
extension JSONSchemas {
    /// A house's view.json.
    public static let view = ##"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "urn:ec4x:schema:view",
      "title": "EC4X house view",
      "description": "houses/<slug>/view.json: what one house knows at the start of a turn. Keys appear in the order listed here; absent values and false flags are left out (never null); arrays are sorted. Systems are named by the shortest unique prefix of their id (at least 8 characters), which order files accept; 'age' is turns since seen.",
      "type": "object",
      "additionalProperties": false,
      "required": ["format", "guide", "game", "state_hash", "house", "submitted", "houses", "diplomacy", "colonies", "fleets", "intel", "events", "orders_template", "rules", "map"],
      "properties": {
        "format": {"const": 1},
        "guide": {"type": "array", "items": {"type": "string"}},
        "game": {
          "type": "object",
          "additionalProperties": false,
          "required": ["id", "name", "turn", "year", "month", "phase"],
          "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "turn": {"type": "integer", "minimum": 1, "description": "The turn orders are now taken for."},
            "year": {"type": "integer"},
            "month": {"type": "integer", "minimum": 1, "maximum": 13},
            "phase": {"enum": ["setup", "active", "paused", "completed"]},
            "deadline": {"type": "integer", "description": "Unix time when the turn resolves with what is in."},
            "turn_limit": {"type": "integer", "minimum": 1},
            "open": {"const": true, "description": "Present when order files need no token."},
            "winner": {"type": "string", "description": "The winner's slug, once the game is completed."}
          }
        },
        "state_hash": {"type": "string", "pattern": "^[0-9a-f]{16}$"},
        "house": {
          "type": "object",
          "additionalProperties": false,
          "required": ["id", "name", "slug", "treasury", "prestige", "production", "upkeep", "budget"],
          "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "slug": {"type": "string"},
            "color": {"type": "string"},
            "home": {"$ref": "#/$defs/systemID"},
            "treasury": {"type": "integer"},
            "prestige": {"type": "integer"},
            "production": {"type": "integer", "minimum": 0, "description": "What the colonies yield in this turn's Income phase."},
            "upkeep": {"type": "integer", "minimum": 0, "description": "What the ships cost in this turn's Income phase."},
            "budget": {"type": "integer", "description": "treasury + production - upkeep: the most this turn's builds may cost together."},
            "eliminated": {"const": true}
          }
        },
        "submitted": {"type": "array", "items": {"type": "string"}, "description": "Slugs of the houses whose orders for this turn are in."},
        "houses": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": ["slug", "name", "id", "prestige"],
            "properties": {
              "slug": {"type": "string"},
              "name": {"type": "string"},
              "id": {"type": "string"},
              "prestige": {"type": "integer"},
              "eliminated": {"const": true},
              "relation": {"$ref": "#/$defs/relation", "description": "Relation with the viewer; absent for the viewer itself."},
              "since": {"type": "integer", "description": "Turn the relation was set; absent when it is the default from the start."}
            }
          }
        },
        "diplomacy": {
          "type": "object",
          "additionalProperties": false,
          "required": ["proposals", "others"],
          "properties": {
            "proposals": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["from", "to", "propose", "turn", "answer_by"],
                "properties": {
                  "from": {"type": "string"},
                  "to": {"type": "string"},
                  "propose": {"enum": ["peace", "nap", "alliance"]},
                  "turn": {"type": "integer"},
                  "answer_by": {"type": "integer", "description": "Last turn in which proposing the same relation back signs it."}
                }
              }
            },
            "others": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["a", "b", "relation", "since"],
                "properties": {
                  "a": {"type": "string"},
                  "b": {"type": "string"},
                  "relation": {"$ref": "#/$defs/relation"},
                  "since": {"type": "integer"}
                }
              }
            }
          }
        },
        "colonies": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": ["id", "at", "at_name", "pop", "industry", "defenses", "starbase", "production"],
            "properties": {
              "id": {"type": "string"},
              "at": {"$ref": "#/$defs/systemID"},
              "at_name": {"type": "string"},
              "pop": {"type": "integer", "minimum": 0},
              "industry": {"type": "integer", "minimum": 0},
              "defenses": {"type": "integer", "minimum": 0},
              "starbase": {"type": "integer", "minimum": 0},
              "siege": {"const": true},
              "production": {"type": "integer", "minimum": 0}
            }
          }
        },
        "fleets": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": ["id", "at", "at_name", "ships", "can", "moves"],
            "properties": {
              "id": {"type": "string"},
              "name": {"type": "string"},
              "at": {"$ref": "#/$defs/systemID"},
              "at_name": {"type": "string"},
              "ships": {"$ref": "#/$defs/ships"},
              "damaged": {
                "type": "array",
                "minItems": 1,
                "items": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": ["type", "hp", "max"],
                  "properties": {
                    "type": {"enum": ["military", "spacelift"]},
                    "hp": {"type": "integer", "minimum": 1},
                    "max": {"type": "integer", "minimum": 1}
                  }
                }
              },
              "standing": {
                "type": "object",
                "additionalProperties": false,
                "required": ["order"],
                "properties": {
                  "order": {"$ref": "#/$defs/fleetOrder"},
                  "to": {"$ref": "#/$defs/systemID"},
                  "to_name": {"type": "string"},
                  "target": {"type": "string"}
                }
              },
              "can": {"type": "array", "items": {"$ref": "#/$defs/fleetOrder"}},
              "moves": {
                "type": "array",
                "items": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": ["to", "to_name"],
                  "properties": {
                    "to": {"$ref": "#/$defs/systemID"},
                    "to_name": {"type": "string"},
                    "lane": {"$ref": "#/$defs/lane"},
                    "via": {"$ref": "#/$defs/systemID"}
                  }
                }
              }
            }
          }
        },
        "intel": {
          "type": "object",
          "additionalProperties": false,
          "required": ["fleets", "colonies"],
          "properties": {
            "fleets": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["id", "owner", "at", "at_name", "ships", "age"],
                "properties": {
                  "id": {"type": "string"},
                  "owner": {"type": "string"},
                  "at": {"$ref": "#/$defs/systemID"},
                  "at_name": {"type": "string"},
                  "ships": {"$ref": "#/$defs/ships"},
                  "age": {"type": "integer", "minimum": 0}
                }
              }
            },
            "colonies": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["id", "owner", "at", "at_name", "pop", "industry", "defenses", "starbase", "age"],
                "properties": {
                  "id": {"type": "string"},
                  "owner": {"type": "string"},
                  "at": {"$ref": "#/$defs/systemID"},
                  "at_name": {"type": "string"},
                  "pop": {"type": "integer", "minimum": 0},
                  "industry": {"type": "integer", "minimum": 0},
                  "defenses": {"type": "integer", "minimum": 0},
                  "starbase": {"type": "integer", "minimum": 0},
                  "siege": {"const": true},
                  "age": {"type": "integer", "minimum": 0}
                }
              }
            }
          }
        },
        "events": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": ["type", "text"],
            "properties": {
              "type": {"type": "string", "description": "Event type, e.g. FleetMoved, Battle, ColonyFounded."},
              "text": {"type": "string"},
              "reason": {"type": "string"},
              "at": {"$ref": "#/$defs/systemID"},
              "fleet": {"type": "string"}
            }
          }
        },
        "orders_template": {
          "type": "object",
          "additionalProperties": false,
          "required": ["game", "house", "turn", "state_hash", "fleet_orders", "builds", "diplomacy"],
          "properties": {
            "game": {"type": "string"},
            "house": {"type": "string"},
            "turn": {"type": "integer", "minimum": 1},
            "token": {"type": "string"},
            "state_hash": {"type": "string"},
            "fleet_orders": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["fleet", "order"],
                "properties": {
                  "fleet": {"type": "string"},
                  "order": {"$ref": "#/$defs/fleetOrder"},
                  "to": {"$ref": "#/$defs/systemID"},
                  "target": {"type": "string"}
                }
              }
            },
            "builds": {"type": "array", "maxItems": 0},
            "diplomacy": {"type": "array", "maxItems": 0}
          }
        },
        "rules": {
          "type": "object",
          "description": "Every number of the rules, named as in RULES.md; all whole numbers except defaultRelation.",
          "required": ["defaultRelation", "militaryCost", "spaceliftCost", "defensesCost", "industryCost", "starbaseCost", "maxBuildQuantity"],
          "properties": {
            "defaultRelation": {"enum": ["War", "Peace", "NAP", "Alliance"]}
          },
          "additionalProperties": {"type": "integer"}
        },
        "map": {
          "type": "object",
          "additionalProperties": false,
          "required": ["systems"],
          "properties": {
            "systems": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["id", "name", "q", "r", "lanes"],
                "properties": {
                  "id": {"$ref": "#/$defs/systemID"},
                  "name": {"type": "string"},
                  "q": {"type": "integer"},
                  "r": {"type": "integer"},
                  "vis": {"enum": ["owned", "occupied", "scouted", "adjacent"]},
                  "age": {"type": "integer", "minimum": 0, "description": "For scouted systems: turns since last seen."},
                  "lanes": {
                    "type": "object",
                    "description": "Neighbour system id -> lane type.",
                    "additionalProperties": {"$ref": "#/$defs/lane"}
                  }
                }
              }
            }
          }
        }
      },
      "$defs": {
        "systemID": {"type": "string", "minLength": 1},
        "relation": {"enum": ["war", "peace", "nap", "alliance"]},
        "lane": {"enum": ["major", "minor", "restricted"]},
        "fleetOrder": {"enum": ["hold", "move", "patrol", "colonize", "join", "rendezvous", "blockade", "invade"]},
        "ships": {
          "type": "object",
          "additionalProperties": false,
          "required": ["military", "spacelift"],
          "properties": {
            "military": {"type": "integer", "minimum": 0},
            "spacelift": {"type": "integer", "minimum": 0}
          }
        }
      }
    }

    """##
}
