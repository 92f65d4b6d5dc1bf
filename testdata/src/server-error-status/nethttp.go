package servererrorstatus

import (
	"bytes"
	"database/sql"
	"errors"
	"html/template"
	"net/http"
	"os"
	"strconv"
)

type postServer struct {
	db     *sql.DB
	client *http.Client
	page   *template.Template
	store  postStore
}

type postStore interface {
	Count() (int, error)
}

func routes(mux *http.ServeMux, s *postServer) {
	mux.HandleFunc("GET /posts", s.listPosts)
	mux.HandleFunc("GET /posts/page", s.postsPage)
	mux.HandleFunc("POST /posts/export", s.exportPosts)
	mux.HandleFunc("POST /posts/{id}/publish", s.publishPost)
	mux.HandleFunc("GET /posts/{id}/preview", s.previewPost)
	mux.HandleFunc("POST /posts/batch", s.batchPosts)

	mux.HandleFunc("POST /login", s.login)
	mux.HandleFunc("GET /posts/{id}", s.getPost)
	mux.HandleFunc("GET /posts/{id}/missing", s.getPostMissing)
	mux.HandleFunc("POST /posts", s.createPost)
	mux.HandleFunc("PUT /posts/{id}", s.updatePost)
	mux.HandleFunc("POST /posts/fetch", s.fetchPost)
	mux.HandleFunc("GET /posts/{id}/sorted", s.sortedPost)
	mux.HandleFunc("GET /posts/count", s.countPosts)
	mux.HandleFunc("GET /posts/ok", s.listPostsOK)
	mux.HandleFunc("GET /posts/{id}/file", s.postFile)
}

func (s *postServer) listPosts(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.QueryContext(r.Context(), "SELECT id FROM posts")
	if err != nil {
		http.Error(w, "cannot list posts", http.StatusBadRequest) // want `server-error-status: 400 Bad Request answers a server failure \(the error comes from sql\.DB\.QueryContext\) in GET /posts; the server failed, not the request, which is 500 Internal Server Error`
		return
	}
	defer rows.Close()
	w.WriteHeader(http.StatusOK)
}

func (s *postServer) postsPage(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	if err := s.page.Execute(&buf, nil); err != nil {
		http.Error(w, "cannot render", http.StatusBadRequest) // want `server-error-status: 400 Bad Request answers a server failure \(the error comes from template\.Template\.Execute\) in GET /posts/page`
		return
	}
	buf.WriteTo(w)
}

func (s *postServer) exportPosts(w http.ResponseWriter, r *http.Request) {
	if err := os.WriteFile("/var/lib/posts/export.json", []byte("[]"), 0o644); err != nil {
		w.WriteHeader(http.StatusForbidden) // want `server-error-status: 403 Forbidden answers a server failure \(the error comes from os\.WriteFile\) in POST /posts/export`
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

// A write that fails is not a missing credential.
func (s *postServer) publishPost(w http.ResponseWriter, r *http.Request) {
	if _, err := s.db.Exec("UPDATE posts SET published = true WHERE id = ?", r.PathValue("id")); err != nil {
		http.Error(w, "cannot publish", http.StatusUnauthorized) // want `server-error-status: 401 Unauthorized answers a server failure \(the error comes from sql\.DB\.Exec\) in POST /posts/\{id\}/publish`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// An upstream that cannot be reached is not a permission denial.
func (s *postServer) previewPost(w http.ResponseWriter, r *http.Request) {
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodGet, "https://preview.example.com/"+r.PathValue("id"), nil)
	resp, err := s.client.Do(req)
	if err != nil {
		http.Error(w, "no preview", http.StatusForbidden) // want `server-error-status: 403 Forbidden answers a server failure \(the error comes from http\.Client\.Do\) in GET /posts/\{id\}/preview`
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(http.StatusOK)
}

func (s *postServer) batchPosts(w http.ResponseWriter, r *http.Request) {
	tx, err := s.db.BeginTx(r.Context(), nil)
	if err != nil {
		const bad = http.StatusBadRequest
		http.Error(w, "cannot begin", bad) // want `server-error-status: 400 Bad Request answers a server failure \(the error comes from sql\.DB\.BeginTx\) in POST /posts/batch`
		return
	}
	defer tx.Rollback()
	w.WriteHeader(http.StatusNoContent)
}

// --- quiet ---

// An unknown user at login is a missing row: 401 by choice.
func (s *postServer) login(w http.ResponseWriter, r *http.Request) {
	var hash string
	if err := s.db.QueryRow("SELECT hash FROM users WHERE name = ?", r.FormValue("name")).Scan(&hash); err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// A lookup that fails is usually a missing row: a 400 for an id that
// names nothing is not a server failure either.
func (s *postServer) getPost(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	var title string
	if err := s.db.QueryRow("SELECT title FROM posts WHERE id = ?", id).Scan(&title); err != nil {
		http.Error(w, "no such post", http.StatusBadRequest)
		return
	}
	w.Write([]byte(title))
}

func (s *postServer) getPostMissing(w http.ResponseWriter, r *http.Request) {
	var title string
	if err := s.db.QueryRow("SELECT title FROM posts WHERE id = ?", r.PathValue("id")).Scan(&title); err != nil {
		http.Error(w, "no such post", http.StatusNotFound)
		return
	}
	w.Write([]byte(title))
}

// A write can fail on a constraint the client broke.
func (s *postServer) createPost(w http.ResponseWriter, r *http.Request) {
	if _, err := s.db.Exec("INSERT INTO posts (author_id, title) VALUES (?, ?)", r.FormValue("author"), r.FormValue("title")); err != nil {
		http.Error(w, "no such author", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *postServer) updatePost(w http.ResponseWriter, r *http.Request) {
	if _, err := s.db.Exec("UPDATE posts SET slug = ? WHERE id = ?", r.FormValue("slug"), r.PathValue("id")); err != nil {
		http.Error(w, "slug taken", http.StatusConflict)
		return
	}
	if _, err := s.db.Exec("UPDATE posts SET body = ? WHERE id = ?", r.FormValue("body"), r.PathValue("id")); err != nil {
		http.Error(w, "body rejected", http.StatusUnprocessableEntity)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// The client gave the address: a 400 when it cannot be fetched.
func (s *postServer) fetchPost(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get(r.FormValue("url"))
	if err != nil {
		http.Error(w, "cannot fetch that url", http.StatusBadRequest)
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(http.StatusCreated)
}

// The handler sorted its errors: what is left after a not-found test may
// be anything the store reports.
func (s *postServer) sortedPost(w http.ResponseWriter, r *http.Request) {
	_, err := s.db.Exec("UPDATE posts SET views = views + 1 WHERE id = ?", r.PathValue("id"))
	if errors.Is(err, sql.ErrNoRows) {
		http.Error(w, "no such post", http.StatusNotFound)
		return
	}
	if err != nil {
		http.Error(w, "cannot count the view", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// A store of the project: statuslint cannot say where its error comes from.
func (s *postServer) countPosts(w http.ResponseWriter, r *http.Request) {
	n, err := s.store.Count()
	if err != nil {
		http.Error(w, "cannot count", http.StatusBadRequest)
		return
	}
	w.Write([]byte(strconv.Itoa(n)))
}

func (s *postServer) listPostsOK(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.QueryContext(r.Context(), "SELECT id FROM posts")
	if err != nil {
		http.Error(w, "cannot list posts", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	w.WriteHeader(http.StatusOK)
}

// A file that cannot be opened is usually not there.
func (s *postServer) postFile(w http.ResponseWriter, r *http.Request) {
	f, err := os.Open("/var/lib/posts/" + r.PathValue("id"))
	if err != nil {
		http.Error(w, "no such file", http.StatusForbidden)
		return
	}
	defer f.Close()
	w.WriteHeader(http.StatusOK)
}
