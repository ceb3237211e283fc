from django.urls import path

from synergies.alignment import views

app_name = "alignment"

urlpatterns = [
    path("coordination/", views.coordination, name="coordination"),
    path("coordination/review/", views.review, name="review"),
    path("coordination/assistant/", views.planning_assistant, name="planning_assistant"),
]
