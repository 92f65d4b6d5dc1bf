// Package statuslint defines an analyzer that reports HTTP status codes that
// do not mean what a handler's code is doing.
//
// # Analyzer statuslint
//
// statuslint: report HTTP status codes that do not fit what the handler does
//
// statuslint reads handlers of net/http, chi (and go-chi/render),
// gorilla/mux, gin, echo v4/v5 and fiber v2/v3, builds one model of each
// handler's response along its control flow, and runs rules over it: 201
// Created answering a GET, a body sent with 204, a status set after the
// header was sent, an http.Error that falls through into a second response,
// and more. Each finding names the code the status table calls for and,
// where one edit fixes it, carries a suggested fix.
//
// Rules are chosen with -enable and -disable (rule IDs or the groups
// default, strict, all); see https://github.com/statuslint/statuslint for
// the catalog.
package statuslint
