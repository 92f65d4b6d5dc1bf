package handlers

// ListPets lists pets, as written in go-swagger's documentation.
//
// swagger:route GET /pets pets listPets
//
// Lists pets filtered by some parameters.
//
// This will show all available pets by default.
//
//     Consumes:
//     - application/json
//
//     Produces:
//     - application/json
//
//     Schemes: http, https
//
//     Responses:
//       default: genericError
//       200: someResponse
//       422: validationError
//
//     Security:
//       api_key:
//       oauth: read, write
func ListPets() {}

// GetPet is the same shape after gofmt: a blank line, tab indentation.
//
// swagger:route GET /pets/{id} pets getPet
//
// Gets a pet.
//
//	Produces:
//	- application/json
//
//	responses:
//	  200: petResponse
//	  4XX: errorResponse
//	  5xx: errorResponse
//
//	Deprecated: true
//	  300: notAResponse
func GetPet() {}

// NoID has no tags and no operation id, and no responses section.
//
// swagger:route DELETE /pets/{id}
//
//	Responses:
func NoID() {}

// CreatePet is a swagger:operation with its YAML.
// swagger:operation POST /pets pets createPet
//
// Creates a pet.
//
// ---
// consumes: [application/json]
// parameters:
// - name: body
//   in: body
//   schema:
//     $ref: "#/definitions/Pet"
// responses:
//   "201":
//     description: Created
//   400:
//     description: Bad Request
//   default:
//     description: error
//   4XX:
//     description: client error
func CreatePet() {}

// UpdatePet is a swagger:operation after gofmt.
// swagger:operation PUT /pets/{id} pets updatePet
//
// Updates a pet.
//
//	---
//	produces: [application/json]
//	responses:
//	  200:
//	    description: Ok
//	    schema:
//	        $ref: "#/definitions/Pet"
//	  404:
//	    description: Not Found
func UpdatePet() {}

// BadYAML has no usable YAML.
// swagger:operation GET /bad pets bad
//
// ---
// responses: [unclosed
func BadYAML() {}

// NoYAML has no --- line.
// swagger:operation GET /none pets none
func NoYAML() {}

// Two holds a route and an operation.
//
// swagger:route GET /one one
//
//	Responses:
//	  200: ok
//
// swagger:operation GET /two two
//
// ---
// responses:
//   204:
//     description: none
func Two() {}

// NotSwagger mentions swagger:route in prose only.
// see swagger:model Pet
func NotSwagger() {}

// Mixed is the shape gofmt leaves when only the nested part of the YAML
// was indented: the responses' entries became a tab-indented code block.
// swagger:operation DELETE /mixed/{id} mixed deleteMixed
//
// ---
// consumes: [application/json]
// responses:
//
//	"204":
//	  description: Deleted
//	default:
//	  description: Unexpected error
func Mixed() {}
