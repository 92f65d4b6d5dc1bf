// Package handlers answers through package respond; package server
// registers them.
package handlers

import (
	"encoding/json"
	"net/http"

	"statuslint.test/src/e2e/service/respond"
)

type widget struct{ Name string }

func GetWidget(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, http.StatusCreated, widget{Name: r.PathValue("id")})
}

func CreateWidget(w http.ResponseWriter, r *http.Request) {
	var wd widget
	if err := json.NewDecoder(r.Body).Decode(&wd); err != nil {
		respond.Error(w, http.StatusBadRequest, "bad json")
	}
	respond.JSON(w, http.StatusCreated, wd)
}

func DeleteWidget(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, http.StatusNoContent, map[string]string{"deleted": r.PathValue("id")})
}
