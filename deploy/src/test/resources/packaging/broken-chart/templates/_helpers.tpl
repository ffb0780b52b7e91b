{{/* defines nothing the templates include */}}
