{{/* The chart's name, or nameOverride. */}}
{{- define "portcullis.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* The release's full name: object names start with it. */}}
{{- define "portcullis.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* Labels every object carries. */}}
{{- define "portcullis.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "portcullis.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* The labels that select the pods; never change them on an installed release. */}}
{{- define "portcullis.selectorLabels" -}}
app.kubernetes.io/name: {{ include "portcullis.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/* The ServiceAccount the pods run as. */}}
{{- define "portcullis.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "portcullis.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The image reference. */}}
{{- define "portcullis.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{/* The ConfigMap with the database's CA bundle, when there is one. */}}
{{- define "portcullis.dbCaConfigMap" -}}
{{- if .Values.database.caBundle.existingConfigMap }}
{{- .Values.database.caBundle.existingConfigMap }}
{{- else if .Values.database.caBundle.pem }}
{{- printf "%s-db-ca" (include "portcullis.fullname" .) }}
{{- end }}
{{- end }}

{{/* Refuses a release that would start without its secrets, or with a secret where a plain value goes. */}}
{{- define "portcullis.validate" -}}
{{- if not .Values.database.existingSecret }}
{{- fail "database.existingSecret is required: a Secret with the database user name and password" }}
{{- end }}
{{- if regexMatch "(?i)password" .Values.database.url }}
{{- fail "database.url must not carry a password: put it in database.existingSecret" }}
{{- end }}
{{- if not .Values.masterKey.existingSecret }}
{{- fail "masterKey.existingSecret is required: the Secret holding the master key file" }}
{{- end }}
{{- if not .Values.admin.existingSecret }}
{{- fail "admin.existingSecret is required: the Secret holding the bootstrap admin's password" }}
{{- end }}
{{- if and .Values.oidc.enabled (not .Values.oidc.existingSecret) }}
{{- fail "oidc.existingSecret is required when oidc.enabled is true" }}
{{- end }}
{{- if and .Values.workloadIdentity.enabled (not .Values.workloadIdentity.clientId) }}
{{- fail "workloadIdentity.clientId is required when workloadIdentity.enabled is true" }}
{{- end }}
{{- end }}
