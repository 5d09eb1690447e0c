# tests/unix
