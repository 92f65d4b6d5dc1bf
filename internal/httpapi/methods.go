package httpapi

import "strings"

// Methods is a set of request methods. Methods a request may have on a path
// through a handler are the registered ones narrowed by the guards on it.
type Methods uint16

const (
	GET Methods = 1 << iota
	HEAD
	POST
	PUT
	PATCH
	DELETE
	OPTIONS
	CONNECT
	TRACE
	Other // any method not named above (PROPFIND, ...)

	AllMethods = GET | HEAD | POST | PUT | PATCH | DELETE | OPTIONS | CONNECT | TRACE | Other
)

var methodNames = []struct {
	m    Methods
	name string
}{
	{GET, "GET"}, {HEAD, "HEAD"}, {POST, "POST"}, {PUT, "PUT"}, {PATCH, "PATCH"},
	{DELETE, "DELETE"}, {OPTIONS, "OPTIONS"}, {CONNECT, "CONNECT"}, {TRACE, "TRACE"},
}

// ParseMethod maps a method name to its set; unknown names map to Other.
func ParseMethod(s string) Methods {
	u := strings.ToUpper(strings.TrimSpace(s))
	for _, mn := range methodNames {
		if mn.name == u {
			return mn.m
		}
	}
	return Other
}

// ParseMethodList parses "POST,PUT" (commas or spaces).
func ParseMethodList(s string) (Methods, bool) {
	var m Methods
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '|' }) {
		p := ParseMethod(f)
		if p == Other {
			return 0, false
		}
		m |= p
	}
	return m, m != 0
}

// Known reports whether the set says something: not empty and not every method.
func (m Methods) Known() bool { return m != 0 && m != AllMethods }

// Within reports whether every method in m is in o.
func (m Methods) Within(o Methods) bool { return m != 0 && m&^o == 0 }

// String lists the methods: "GET, HEAD".
func (m Methods) String() string {
	var parts []string
	for _, mn := range methodNames {
		if m&mn.m != 0 {
			parts = append(parts, mn.name)
		}
	}
	if m&Other != 0 {
		parts = append(parts, "other")
	}
	return strings.Join(parts, ", ")
}

// Display names the methods as a request line would: GET for a route that
// serves GET and its implied HEAD.
func (m Methods) Display() string {
	if m&GET != 0 {
		m &^= HEAD
	}
	return strings.ReplaceAll(m.String(), ", ", "/")
}

// Unsafe is the set of methods that change state (RFC 9110 §9.2.1).
const Unsafe = POST | PUT | PATCH | DELETE
